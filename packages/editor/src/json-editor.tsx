import { useRef } from 'preact/hooks';
import type { LocatedProblem } from './located-problem.js';

export interface JsonEditorProps {
  text: string;
  onText: (text: string) => void;
  problems: LocatedProblem[];
  /** JSON.parse's complaint when the text is not JSON, with the line it points at. */
  syntaxError: { message: string; line?: number; offset?: number } | undefined;
}

/**
 * The config as JSON text: a plain textarea (every keyboard and screen reader knows it) beside
 * line numbers, and under it each problem as a link that selects the place in the text.
 */
export function JsonEditor({ text, onText, problems, syntaxError }: JsonEditorProps) {
  const area = useRef<HTMLTextAreaElement>(null);
  const gutter = useRef<HTMLPreElement>(null);
  const lines = text.split('\n').length;

  const reveal = (start: number, end: number, line: number): void => {
    const textarea = area.current;
    if (!textarea) return;
    textarea.focus();
    textarea.setSelectionRange(start, end);
    const lineHeight = parseFloat(getComputedStyle(textarea).lineHeight) || 20;
    textarea.scrollTop = Math.max(0, (line - 3) * lineHeight);
  };

  const count = problems.filter((p) => p.severity === 'error').length + (syntaxError ? 1 : 0);
  return (
    <section class="panel json-panel">
      <h2 id="json-heading">
        <label for="config-json">Config JSON</label>
      </h2>
      <div class="code">
        <pre class="gutter" aria-hidden="true" ref={gutter}>
          {Array.from({ length: lines }, (_, i) => `${i + 1}\n`).join('')}
        </pre>
        <textarea
          id="config-json"
          ref={area}
          value={text}
          spellcheck={false}
          autocomplete="off"
          wrap="off"
          aria-invalid={count > 0}
          aria-describedby="problems-heading"
          onInput={(event) => onText(event.currentTarget.value)}
          onScroll={(event) => {
            if (gutter.current) gutter.current.scrollTop = event.currentTarget.scrollTop;
          }}
        />
      </div>
      <div class="problems" aria-live="polite">
        <h3 id="problems-heading">{count === 0 ? 'No problems: this config can be published.' : `${count} ${count === 1 ? 'problem' : 'problems'} to fix before publishing`}</h3>
        <ul>
          {syntaxError && (
            <li class="problem error">
              {syntaxError.offset !== undefined && syntaxError.line !== undefined ? (
                <button type="button" class="link" onClick={() => reveal(syntaxError.offset!, syntaxError.offset! + 1, syntaxError.line!)}>
                  Line {syntaxError.line}
                </button>
              ) : null}{' '}
              <span class="message">Not valid JSON: {syntaxError.message}</span>
            </li>
          )}
          {problems.map((problem, i) => (
            <li key={`${problem.path}-${i}`} class={`problem ${problem.severity}`}>
              {problem.span && problem.line !== undefined ? (
                <button type="button" class="link" onClick={() => reveal(problem.span!.start, problem.span!.end, problem.line!)}>
                  Line {problem.line}
                </button>
              ) : null}{' '}
              {problem.severity === 'warning' ? <strong>Warning: </strong> : null}
              <span class="message">{problem.message}</span>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
