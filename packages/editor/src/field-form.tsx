import type { FieldSpec } from './common-fields.js';
import { getAtPath } from './get-at-path.js';
import type { LocatedProblem } from './located-problem.js';

export interface FieldFormProps {
  /** The parsed config; undefined while the JSON does not parse (the form is then disabled). */
  config: unknown;
  fields: FieldSpec[];
  problems: LocatedProblem[];
  onChange: (keys: (string | number)[], value: unknown) => void;
  /** Adds an A/B test of the button label to the config. */
  onAddCtaExperiment: () => void;
}

/**
 * A number field's value: a number when the text is exactly one, else the text itself (the
 * validator says why), so that typing "12." on the way to "12.5" is not cut back to 12.
 */
const numberOf = (text: string): unknown => (text.trim() !== '' && String(Number(text)) === text.trim() ? Number(text) : text);

/** Form controls over the common fields, grouped; each edits the same JSON the text editor shows. */
export function FieldForm({ config, fields, problems, onChange, onAddCtaExperiment }: FieldFormProps) {
  const groups = [...new Set(fields.map((field) => field.group))];
  return (
    <section class="panel form-panel">
      <h2 id="form-heading">Common fields</h2>
      {config === undefined ? <p class="note">The form is off while the JSON has a syntax error.</p> : null}
      {groups.map((group) => (
        <fieldset key={group} disabled={config === undefined}>
          <legend>{group}</legend>
          {fields
            .filter((field) => field.group === group)
            .map((field) => {
              const id = `field-${field.path.replace(/[^\w]/g, '-')}`;
              const value = getAtPath(config, field.keys);
              const own = problems.filter((problem) => problem.path === field.path);
              const described = own.length > 0 ? `${id}-problems` : undefined;
              const common = {
                id,
                value: value === undefined || value === null ? '' : String(value),
                'aria-invalid': own.some((problem) => problem.severity === 'error'),
                'aria-describedby': described,
              };
              const input = (text: string) => onChange(field.keys, field.kind === 'number' ? numberOf(text) : text);
              return (
                <div class="field" key={field.path}>
                  <label for={id}>{field.label}</label>
                  {field.kind === 'long-text' ? (
                    <textarea {...common} rows={3} onInput={(event) => input(event.currentTarget.value)} />
                  ) : (
                    <input
                      {...common}
                      type="text"
                      inputMode={field.kind === 'number' ? 'decimal' : undefined}
                      placeholder={field.kind === 'color' ? '#rrggbb' : undefined}
                      onInput={(event) => input(event.currentTarget.value)}
                    />
                  )}
                  {own.length > 0 ? (
                    <ul class="field-problems" id={described}>
                      {own.map((problem, i) => (
                        <li key={i} class={`problem ${problem.severity}`}>
                          {problem.severity === 'warning' ? 'Warning: ' : ''}
                          {problem.message}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </div>
              );
            })}
        </fieldset>
      ))}
      <button type="button" disabled={config === undefined} onClick={onAddCtaExperiment}>
        Add an A/B test of the button label
      </button>
    </section>
  );
}
