import { useState } from 'preact/hooks';
import type { ConfigHistory } from '@vitrine/contracts';
import { adminApi } from './admin-api.js';
import { diffJson, type JsonChange } from './diff-json.js';

export interface HistoryPanelProps {
  history: ConfigHistory;
  busy: boolean;
  onRevert: (version: number) => void;
  onPublish: (version: number) => void;
  onError: (message: string) => void;
}

const when = (ms: number): string => new Date(ms).toLocaleString();
const show = (value: unknown): string => JSON.stringify(value);
/** Where a label's clauses meet: a shipped arm's decision, its guardrails and its visitors read one per line. */
const clauseEnd = /(?<=;) /;

/** Every saved version, newest first, with its label, publish and revert, and the changes between two. */
export function HistoryPanel({ history, busy, onRevert, onPublish, onError }: HistoryPanelProps) {
  const numbers = history.versions.map((v) => v.version);
  const [from, setFrom] = useState(numbers[1] ?? numbers[0] ?? 1);
  const [to, setTo] = useState(numbers[0] ?? 1);
  const [changes, setChanges] = useState<JsonChange[] | undefined>();

  const compare = async (): Promise<void> => {
    try {
      const [a, b] = await Promise.all([adminApi.version(history.id, from), adminApi.version(history.id, to)]);
      setChanges(diffJson(JSON.parse(a.text), JSON.parse(b.text)));
    } catch (error) {
      onError(error instanceof Error ? error.message : String(error));
    }
  };

  const select = (id: string, label: string, value: number, set: (n: number) => void) => (
    <>
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => set(Number(event.currentTarget.value))}>
        {numbers.map((n) => (
          <option key={n} value={n}>
            version {n}
          </option>
        ))}
      </select>
    </>
  );

  return (
    <section class="panel history-panel">
      <h2 id="history-heading">History</h2>
      <ol class="versions">
        {history.versions.map((v) => (
          <li key={v.version}>
            <span class="version-title">
              Version {v.version}
              {v.version === history.published ? <strong class="badge"> live</strong> : null}
              {v.valid ? null : <span class="badge invalid"> invalid</span>}
            </span>{' '}
            <span class="meta">
              {when(v.createdAt)} · {v.author}
            </span>
            <span class="actions">
              <button type="button" disabled={busy || !v.valid || v.version === history.published} onClick={() => onPublish(v.version)} aria-label={`Publish version ${v.version}`}>
                Publish
              </button>
              <button type="button" disabled={busy || v.version === history.latest} onClick={() => onRevert(v.version)} aria-label={`Revert to version ${v.version}`}>
                Revert
              </button>
            </span>
            {v.label && (
              <span class="label">
                {v.label.split(clauseEnd).map((clause) => (
                  <span>{clause}</span>
                ))}
              </span>
            )}
          </li>
        ))}
      </ol>
      <h3>Compare versions</h3>
      <div class="compare">
        {select('diff-from', 'Compare', from, setFrom)} {select('diff-to', 'with', to, setTo)}{' '}
        <button type="button" onClick={() => void compare()}>
          Show changes
        </button>
      </div>
      {changes ? (
        changes.length === 0 ? (
          <p class="note">No differences.</p>
        ) : (
          <ul class="diff" aria-label={`Changes from version ${from} to version ${to}`}>
            {changes.map((change) => (
              <li key={change.path} class={`change ${change.kind}`}>
                <code>{change.path || '(whole config)'}</code>{' '}
                {change.kind === 'added' ? `added: ${show(change.after)}` : change.kind === 'removed' ? `removed (was ${show(change.before)})` : `${show(change.before)} → ${show(change.after)}`}
              </li>
            ))}
          </ul>
        )
      ) : null}
    </section>
  );
}
