import type { ConfigProblem } from '@vitrine/showroom';

/** A config in the list (GET /api/configs). */
export interface ConfigSummary {
  id: string;
  latest: number;
  published: number | null;
  updatedAt: number;
}

export interface VersionInfo {
  version: number;
  createdAt: number;
  author: string;
  label: string;
  valid: boolean;
}

export interface ConfigHistory extends ConfigSummary {
  versions: VersionInfo[];
}

export interface SaveAnswer {
  version: number;
  errors: ConfigProblem[];
  warnings: ConfigProblem[];
  publishable: boolean;
}

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
  const json = (await res.json().catch(() => ({}))) as { error?: string; errors?: ConfigProblem[] };
  if (!res.ok) throw new ApiError(res.status, json.error ?? `The server answered ${res.status}`, json.errors);
  return json as T;
}

const base = (id: string): string => `/api/configs/${encodeURIComponent(id)}`;

/** The collector's config API, as the signed-in editor calls it (the session cookie goes along). */
export const adminApi = {
  list: () => call<{ configs: ConfigSummary[] }>('GET', '/api/configs').then((answer) => answer.configs),
  history: (id: string) => call<ConfigHistory>('GET', base(id)),
  version: (id: string, version: number) => call<VersionInfo & { text: string }>('GET', `${base(id)}/versions/${version}`),
  save: (id: string, config: unknown, label: string) => call<SaveAnswer>('POST', `${base(id)}/versions`, { config, label }),
  publish: (id: string, version: number) => call<{ published: number }>('POST', `${base(id)}/publish`, { version }),
  revert: (id: string, version: number) => call<SaveAnswer>('POST', `${base(id)}/revert`, { version }),
};
