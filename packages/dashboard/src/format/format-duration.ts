/**
 * Milliseconds as a person reads a duration, "—" when the API has none: 850 -> "0.9 s",
 * 42_000 -> "42 s", 185_000 -> "3 min 5 s", 7_380_000 -> "2 h 3 min".
 */
export function formatDuration(ms: number | null): string {
  if (ms === null) return '—';
  if (ms < 9_950) return `${(Math.round(ms / 100) / 10).toFixed(1)} s`;
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${seconds % 60} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
