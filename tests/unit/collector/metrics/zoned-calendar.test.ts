import { describe, expect, it } from 'vitest';
import { createZonedCalendar, zonedCalendar } from '../../../../packages/collector/src/metrics/zoned-calendar.js';

const iso = (ms: number): string => new Date(ms).toISOString();

describe('createZonedCalendar', () => {
  it.each<[string, string, string]>([
    ['UTC', '2024-05-01', '2024-05-01T00:00:00.000Z'],
    ['Europe/Paris', '2024-03-31', '2024-03-30T23:00:00.000Z'], // CET, +1, the day summer time starts
    ['Europe/Paris', '2024-04-01', '2024-03-31T22:00:00.000Z'], // CEST, +2
    ['America/New_York', '2024-03-11', '2024-03-11T04:00:00.000Z'], // EDT, -4
    ['Asia/Kathmandu', '2024-05-01', '2024-04-30T18:15:00.000Z'], // +5:45
  ])('in %s, %s starts at %s', (tz, day, start) => {
    expect(iso(createZonedCalendar(tz).startOf(day))).toBe(start);
  });

  it('puts a UTC time on its local date', () => {
    const paris = createZonedCalendar('Europe/Paris');
    expect(paris.dayOf(Date.UTC(2024, 2, 30, 22, 59))).toBe('2024-03-30');
    expect(paris.dayOf(Date.UTC(2024, 2, 30, 23, 0))).toBe('2024-03-31');
  });

  it('lists the days of a range, inclusive, across a month end', () => {
    expect(createZonedCalendar('UTC').daysBetween('2024-02-28', '2024-03-01')).toEqual(['2024-02-28', '2024-02-29', '2024-03-01']);
  });

  it('refuses an unknown zone', () => {
    expect(() => createZonedCalendar('Mars/Olympus')).toThrow(RangeError);
  });

  it('is shared between requests for the same zone, keeps a bounded number of zones, and answers as a new one would', () => {
    const paris = zonedCalendar('Europe/Paris');
    expect(zonedCalendar('Europe/Paris')).toBe(paris);
    expect(paris.dayOf(Date.parse('2024-03-30T23:30:00Z'))).toBe(createZonedCalendar('Europe/Paris').dayOf(Date.parse('2024-03-30T23:30:00Z')));
    const zones = Intl.supportedValuesOf('timeZone').slice(0, 40);
    for (const zone of zones) zonedCalendar(zone);
    // The oldest zones went: Paris, asked for before the 40 others, is made anew.
    expect(zonedCalendar('Europe/Paris')).not.toBe(paris);
    expect(() => zonedCalendar('Mars/Olympus')).toThrow(RangeError);
  });
});
