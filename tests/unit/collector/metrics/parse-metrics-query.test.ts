import { describe, expect, it } from 'vitest';
import { parseMetricsQuery } from '../../../../packages/collector/src/metrics/parse-metrics-query.js';

const NOW = Date.UTC(2024, 4, 20, 23, 30); // 2024-05-20 23:30 UTC, already the 21st in Paris

describe('parseMetricsQuery', () => {
  it('defaults to the 30 days ending today, in UTC', () => {
    expect(parseMetricsQuery(new URLSearchParams(), NOW)).toEqual({ query: { from: '2024-04-21', to: '2024-05-20', tz: 'UTC' } });
  });

  it('takes today in the asked time zone', () => {
    expect(parseMetricsQuery(new URLSearchParams('tz=Europe/Paris'), NOW)).toEqual({ query: { from: '2024-04-22', to: '2024-05-21', tz: 'Europe/Paris' } });
  });

  it('keeps every filter', () => {
    const params = new URLSearchParams('showroom=aster-chair&from=2024-05-01&to=2024-05-07&experiment=cta&arm=b&module=think&channel=Paid+Social&tz=Asia/Tokyo&view=media');
    expect(parseMetricsQuery(params, NOW)).toEqual({
      query: { showroom: 'aster-chair', from: '2024-05-01', to: '2024-05-07', experiment: 'cta', arm: 'b', module: 'think', channel: 'Paid Social', tz: 'Asia/Tokyo', view: 'media' },
    });
  });

  it.each<[string, RegExp]>([
    ['from=2024-13-01', /^from must be a date as YYYY-MM-DD, not 2024-13-01/],
    ['to=yesterday', /^to must be a date/],
    ['from=2024-02-30&to=2024-03-01', /^from must be a date/],
    ['from=2024-05-10&to=2024-05-01', /^from \(2024-05-10\) must not be after to \(2024-05-01\)/],
    ['from=2020-01-01&to=2024-01-01', /span at most 366 days/],
    ['tz=Mars/Olympus', /^tz must be an IANA time zone/],
    ['module=touch', /^module must be one of sense, feel, think, act, relate, not touch/],
    ['arm=b', /^arm needs experiment/],
    ['channel=email', /^channel must be one of Direct, Cross-network, .*, Email, .*Unassigned \(as GA4 spells them\), not email/],
    ['view=modules', /^view must be media/],
    ['showrom=x', /^unknown parameter showrom/],
    ['showroom=a&showroom=b', /^showroom is given more than once/],
  ])('refuses %s, naming the parameter', (search, message) => {
    const result = parseMetricsQuery(new URLSearchParams(search), NOW);
    expect('error' in result && result.error).toMatch(message);
  });
});
