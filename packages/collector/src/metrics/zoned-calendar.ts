/** Days of one IANA time zone, for bucketing UTC times into the dashboard's daily series. */
export interface ZonedCalendar {
  /** The local date (YYYY-MM-DD) at `ms`. */
  dayOf(ms: number): string;
  /** The UTC ms of local midnight starting `day` (YYYY-MM-DD); DST gaps and overlaps come from Intl. */
  startOf(day: string): number;
  /** Every date from `first` to `last`, inclusive. */
  daysBetween(first: string, last: string): string[];
}

const DAY_MS = 86_400_000;
/** Calendars kept between requests, and the most days each remembers: a request reads thousands of buckets' days. */
const KEPT_ZONES = 32;
const KEPT_BUCKETS = 400_000;
const kept = new Map<string, ZonedCalendar>();

/**
 * The calendar of `timeZone`, shared by the requests that ask for it (each bucket's local date is
 * worked out by Intl once, not once per request); a few dozen zones at most. Throws as
 * createZonedCalendar does.
 */
export function zonedCalendar(timeZone: string): ZonedCalendar {
  let calendar = kept.get(timeZone);
  if (calendar === undefined) {
    calendar = createZonedCalendar(timeZone);
    if (kept.size >= KEPT_ZONES) kept.delete(kept.keys().next().value!);
    kept.set(timeZone, calendar);
  }
  return calendar;
}

/** Throws a RangeError for a name Intl does not know. */
export function createZonedCalendar(timeZone: string): ZonedCalendar {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  const fields = (ms: number): Record<string, number> =>
    Object.fromEntries(format.formatToParts(ms).filter((part) => part.type !== 'literal').map((part) => [part.type, Number(part.value)]));
  /** How far local time is ahead of UTC at `ms`. */
  const offsetAt = (ms: number): number => {
    const f = fields(ms);
    return Date.UTC(f['year']!, f['month']! - 1, f['day']!, f['hour']!, f['minute']!, f['second']!) - Math.floor(ms / 1000) * 1000;
  };
  const days = new Map<number, string>();

  return {
    dayOf(ms) {
      // Offsets are whole quarter hours, so every ms of a 15-minute bucket has the same local date.
      const bucket = Math.floor(ms / 900_000);
      let day = days.get(bucket);
      if (day === undefined) {
        if (days.size >= KEPT_BUCKETS) days.clear();
        const f = fields(bucket * 900_000);
        day = `${f['year']}-${String(f['month']).padStart(2, '0')}-${String(f['day']).padStart(2, '0')}`;
        days.set(bucket, day);
      }
      return day;
    },
    startOf(day) {
      const naive = Date.parse(`${day}T00:00:00Z`);
      // Two passes: the offset at the first guess may differ from the offset at local midnight.
      const guess = naive - offsetAt(naive);
      return naive - offsetAt(guess);
    },
    daysBetween(first, last) {
      const out: string[] = [];
      for (let ms = Date.parse(`${first}T00:00:00Z`); ms <= Date.parse(`${last}T00:00:00Z`); ms += DAY_MS) {
        out.push(new Date(ms).toISOString().slice(0, 10));
      }
      return out;
    },
  };
}
