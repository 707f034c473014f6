import { validateConfig, type ConfigHistory, type ConfigProblem, type ConfigSummary, type ShowroomConfig } from '@vitrine/contracts';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { addCtaExperiment } from './add-cta-experiment.js';
import { adminApi, ApiError } from './admin-api.js';
import { commonFields } from './common-fields.js';
import { FieldForm } from './field-form.js';
import { HistoryPanel } from './history-panel.js';
import { JsonEditor } from './json-editor.js';
import { lineOf } from './line-of.js';
import { LivePreview } from './live-preview.js';
import type { LocatedProblem } from './located-problem.js';
import { locatePath } from './locate-path.js';
import { mapJsonSpans } from './map-json-spans.js';
import { setAtPath } from './set-at-path.js';
import { useDebounced } from './use-debounced.js';

/** How long the preview waits after the last keystroke (ms). */
const PREVIEW_DELAY = 400;

type Checked =
  | { ok: true; value: unknown; problems: LocatedProblem[]; config: ShowroomConfig | undefined }
  | { ok: false; syntaxError: { message: string; line?: number; offset?: number } };

/** Parses and validates the text, placing each problem at its path in the text. */
function check(text: string): Checked {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const offset = Number(/position (\d+)/.exec(message)?.[1] ?? NaN);
    return { ok: false, syntaxError: Number.isFinite(offset) ? { message, offset, line: lineOf(text, offset) } : { message } };
  }
  const spans = mapJsonSpans(text);
  const result = validateConfig(value);
  const place = (severity: LocatedProblem['severity']) => (problem: ConfigProblem): LocatedProblem => {
    const span = spans && locatePath(spans, problem.path);
    return { ...problem, severity, ...(span && { span, line: lineOf(text, span.start) }) };
  };
  return { ok: true, value, problems: [...result.errors.map(place('error')), ...result.warnings.map(place('warning'))], config: result.config };
}

/** The editor page: pick a config, edit it as JSON or in the form, preview it, save, publish, revert. */
export function EditorApp() {
  const [configs, setConfigs] = useState<ConfigSummary[]>([]);
  const [id, setId] = useState<string>();
  const [history, setHistory] = useState<ConfigHistory>();
  const [text, setText] = useState('');
  const [savedText, setSavedText] = useState('');
  /** The version whose text `savedText` is. */
  const [loadedVersion, setLoadedVersion] = useState<number>();
  const [label, setLabel] = useState('');
  const [status, setStatus] = useState('Loading configs…');
  const [alert, setAlert] = useState<{ message: string; problems: ConfigProblem[] }>();
  const [busy, setBusy] = useState(false);

  const checked = useMemo(() => check(text), [text]);
  const lastValid = useDebounced(checked.ok ? checked.config : undefined, PREVIEW_DELAY);
  const [previewed, setPreviewed] = useState<ShowroomConfig>();
  const [picks, setPicks] = useState<Record<string, string>>({});
  useEffect(() => {
    if (lastValid) setPreviewed(lastValid);
  }, [lastValid]);

  const fail = (error: unknown): void => {
    setAlert({ message: error instanceof Error ? error.message : String(error), problems: error instanceof ApiError ? error.problems : [] });
    setStatus('');
  };

  /** Loads the history of `configId` and puts `version` (default: the newest) in the editor. */
  const open = async (configId: string, version?: number): Promise<void> => {
    const loaded = await adminApi.history(configId);
    const saved = await adminApi.version(configId, version ?? loaded.latest);
    setHistory(loaded);
    setText(saved.text);
    setSavedText(saved.text);
    setLoadedVersion(saved.version);
  };

  const dirty = text !== savedText;
  useEffect(() => {
    if (!dirty) return;
    // The browser's own "leave site?" prompt: unsaved edits are not lost to a stray reload.
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    addEventListener('beforeunload', warn);
    return () => removeEventListener('beforeunload', warn);
  }, [dirty]);

  useEffect(() => {
    adminApi
      .list()
      .then(async (list) => {
        setConfigs(list);
        const wanted = new URLSearchParams(location.search).get('config');
        const first = list.find((c) => c.id === wanted) ?? list[0];
        if (!first) return setStatus('There are no configs yet: start the collector with a folder of seed configs.');
        setId(first.id);
        await open(first.id);
        setStatus(`Editing ${first.id}.`);
      })
      .catch(fail);
  }, []);

  const run = async (work: () => Promise<string>): Promise<void> => {
    setBusy(true);
    setAlert(undefined);
    try {
      setStatus(await work());
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  const save = async (): Promise<{ version: number; publishable: boolean }> => {
    if (!checked.ok) throw new ApiError(400, 'The JSON has a syntax error; fix it before saving.');
    const answer = await adminApi.save(id!, checked.value, label);
    setLabel('');
    await open(id!, answer.version);
    return answer;
  };

  const publish = async (): Promise<string> => {
    const errors = checked.ok ? checked.problems.filter((p) => p.severity === 'error') : [];
    if (!checked.ok || errors.length > 0) {
      throw new ApiError(422, `Publishing is refused: fix the ${checked.ok ? errors.length : 1} problem(s) listed under the JSON first.`, errors);
    }
    const version = !dirty && loadedVersion !== undefined ? loadedVersion : (await save()).version;
    await adminApi.publish(id!, version);
    await open(id!, version);
    return `Version ${version} of ${id} is live.`;
  };

  const fields = useMemo(() => commonFields(checked.ok ? checked.value : undefined), [checked]);
  const problems = checked.ok ? checked.problems : [];

  return (
    <>
      <header class="top">
        <h1>Config editor</h1>
        <div class="picker">
          <label for="config-picker">Showroom config</label>
          <select
            id="config-picker"
            value={id}
            disabled={busy}
            onChange={(event) => {
              const next = event.currentTarget.value;
              if (dirty && !confirm(`Discard the unsaved changes to ${id}?`)) {
                event.currentTarget.value = id ?? '';
                return;
              }
              setId(next);
              void run(async () => (await open(next), `Editing ${next}.`));
            }}
          >
            {configs.map((c) => (
              <option key={c.id} value={c.id}>
                {c.id}
                {c.published === null ? ' (not published)' : ''}
              </option>
            ))}
          </select>
        </div>
        <form method="post" action="/admin/logout" class="logout">
          <button type="submit">Sign out</button>
        </form>
      </header>
      <main class="layout">
        <div class="column">
          <div class="toolbar">
            <label for="version-label">Note for this version</label>
            <input id="version-label" type="text" value={label} maxLength={200} onInput={(event) => setLabel(event.currentTarget.value)} />
            <button type="button" disabled={busy || !id || !dirty} onClick={() =>
                void run(async () => {
                  const { version, publishable } = await save();
                  return publishable ? `Saved version ${version}.` : `Saved version ${version}; it cannot be published until its problems are fixed.`;
                })
              }>
              Save
            </button>
            <button type="button" class="primary" disabled={busy || !id} onClick={() => void run(publish)}>
              Publish
            </button>
          </div>
          <p class="status" role="status">
            {status}
            {dirty ? ' Unsaved changes.' : ''}
          </p>
          {alert ? (
            <div class="alert" role="alert">
              <p>{alert.message}</p>
              {alert.problems.length > 0 ? (
                <ul>
                  {alert.problems.map((p, i) => (
                    <li key={i}>{p.message}</li>
                  ))}
                </ul>
              ) : null}
            </div>
          ) : null}
          <JsonEditor text={text} onText={setText} problems={problems} syntaxError={checked.ok ? undefined : checked.syntaxError} />
          <FieldForm
            config={checked.ok ? checked.value : undefined}
            fields={fields}
            problems={problems}
            onChange={(keys, value) => checked.ok && setText(JSON.stringify(setAtPath(checked.value, keys, value), null, 2))}
            onAddCtaExperiment={() => checked.ok && setText(JSON.stringify(addCtaExperiment(checked.value), null, 2))}
          />
        </div>
        <div class="column">
          <LivePreview
            config={previewed}
            stale={!checked.ok || checked.config === undefined}
            picks={picks}
            onPick={(experimentId, armId) => setPicks((before) => ({ ...before, [experimentId]: armId }))}
          />
          {history ? (
            <HistoryPanel
              history={history}
              busy={busy}
              onError={(message) => setAlert({ message, problems: [] })}
              onPublish={(version) =>
                void run(async () => {
                  await adminApi.publish(id!, version);
                  // Only the history changes: the text being edited stays as it is.
                  setHistory(await adminApi.history(id!));
                  return `Version ${version} of ${id} is live.`;
                })
              }
              onRevert={(version) =>
                void run(async () => {
                  const answer = await adminApi.revert(id!, version);
                  await open(id!, answer.version);
                  return `Saved version ${version} again as version ${answer.version}.`;
                })
              }
            />
          ) : null}
        </div>
      </main>
    </>
  );
}
