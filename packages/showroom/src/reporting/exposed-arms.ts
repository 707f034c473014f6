/**
 * The exposures a browser remembers (consent granted), in localStorage as `anonymousId:experiment:arm`
 * keys: Experiment Viewed is sent once per visitor and arm, and the arm a visitor was shown stays
 * theirs on later pages (applyExperiments' `remembered`). The newest 200 are kept: a visitor is in a
 * handful of experiments, not thousands. Storage that is blocked or full reads as empty and writes
 * nothing: the page's memory still stops repeats, and the arm falls back to the deterministic bucket.
 */
const KEY = 'vitrine.exposed';

export function readExposed(): string[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(value) ? value.filter((key): key is string => typeof key === 'string') : [];
  } catch {
    return [];
  }
}

export function writeExposed(keys: string[]): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(keys.slice(-200)));
  } catch {
    // Storage full or blocked: see above.
  }
}

/** Experiment id -> the arm `anonymousId` was shown, from the remembered exposures. */
export function rememberedArms(anonymousId: string): Record<string, string> {
  const arms: Record<string, string> = {};
  for (const key of readExposed()) {
    const [id, experiment, arm] = key.split(':');
    if (id === anonymousId && experiment && arm) arms[experiment] = arm;
  }
  return arms;
}
