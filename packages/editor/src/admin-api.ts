import type {
  ConfigHistory,
  ConfigListAnswer,
  ConfigProblem,
  ConfigVersionAnswer,
  ErrorAnswer,
  PublishConfigAnswer,
  SaveConfigAnswer,
  SaveConfigRequest,
  VersionRequest,
} from '@vitrine/contracts';

/** An answer the API refused, with its message and, for a 422, the validator's problems. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly problems: ConfigProblem[] = [],
  ) {
    super(message);
  }
}

async function call<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const res = await fetch(path, {
    method,
    credentials: 'same-origin',
    headers: { Accept: 'application/json', ...(body !== undefined && { 'Content-Type': 'application/json' }) },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  // The session ended (logout elsewhere, a rotated token): back to the login page.
  if (res.status === 401) {
    location.assign(`/admin/login?next=${encodeURIComponent(location.pathname)}`);
    throw new ApiError(401, 'Your session has ended; sign in again.');
  }
  const json = (await res.json().catch(() => ({}))) as Partial<ErrorAnswer>;
  if (!res.ok) throw new ApiError(res.status, json.error ?? `The server answered ${res.status}`, json.errors);
  return json as T;
}

const base = (id: string): string => `/api/configs/${encodeURIComponent(id)}`;

/** The collector's config API, as the signed-in editor calls it (the session cookie goes along). */
export const adminApi = {
  list: () => call<ConfigListAnswer>('GET', '/api/configs').then((answer) => answer.configs),
  history: (id: string) => call<ConfigHistory>('GET', base(id)),
  version: (id: string, version: number) => call<ConfigVersionAnswer>('GET', `${base(id)}/versions/${version}`),
  // `config` is the marketer's JSON as parsed: the collector says what is wrong with it (400, 422).
  save: (id: string, config: unknown, label: string) =>
    call<SaveConfigAnswer>('POST', `${base(id)}/versions`, { config: config as SaveConfigRequest['config'], label } satisfies SaveConfigRequest),
  publish: (id: string, version: number) => call<PublishConfigAnswer>('POST', `${base(id)}/publish`, { version } satisfies VersionRequest),
  revert: (id: string, version: number) => call<SaveConfigAnswer>('POST', `${base(id)}/revert`, { version } satisfies VersionRequest),
};
