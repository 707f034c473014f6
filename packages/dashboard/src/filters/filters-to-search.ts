import { FILTER_KEYS, type Filters } from './filters.js';

/** The query string of `filters` ("" when none is set, else "?..."), keys always in the same order. */
export function filtersToSearch(filters: Filters): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  const search = params.toString();
  return search ? `?${search}` : '';
}
