import { describe, expect, it } from 'vitest';
import { filtersToSearch } from '../../../../packages/dashboard/src/filters/filters-to-search.js';
import type { Filters } from '../../../../packages/dashboard/src/filters/filters.js';
import { parseFilters } from '../../../../packages/dashboard/src/filters/parse-filters.js';

describe('parseFilters and filtersToSearch', () => {
  it.each<[string, Filters]>([
    ['none', {}],
    ['one showroom', { showroom: 'aster-chair' }],
    ['every filter', { showroom: 'aster chair & co', from: '2026-10-01', to: '2026-10-31', experiment: 'quiz-first', arm: 'b/2', module: 'think', channel: 'Paid Social', tz: 'Europe/Paris', view: 'media' }],
    ['a channel', { channel: 'Email' }],
    ['markup in ids', { showroom: '<img src=x onerror=alert(1)>', experiment: '"><script>', arm: '&amp;' }],
  ])('round-trips %s through the query string', (_, filters) => {
    expect(parseFilters(filtersToSearch(filters))).toEqual({ filters, problems: [] });
  });

  it('writes nothing for no filter, and the keys in one order whatever the object says', () => {
    expect(filtersToSearch({})).toBe('');
    expect(filtersToSearch({ tz: 'UTC', channel: 'Paid Social', showroom: 'a', from: '2026-01-01' })).toBe('?showroom=a&from=2026-01-01&channel=Paid+Social&tz=UTC');
  });

  it('treats empty values as absent', () => {
    expect(parseFilters('?showroom=&module=%20')).toEqual({ filters: {}, problems: [] });
  });

  it.each([
    ['?from=2026-13-01', /from=2026-13-01: not a day written YYYY-MM-DD/],
    ['?to=2026-02-30', /to=2026-02-30: not a day/],
    ['?from=yesterday', /from=yesterday/],
    ['?from=2026-11-05&to=2026-11-01', /from=2026-11-05: it is after to=2026-11-01/],
    ['?experiment=quiz-first', /experiment: an experiment and an arm go together/],
    ['?arm=b', /arm: an experiment and an arm go together/],
    ['?module=space', /module=space: not one of sense, feel, think, act, relate/],
    ['?tz=Mars/Olympus', /tz=Mars\/Olympus: not an IANA time zone/],
    ['?channel=email', /channel=email: not one of GA4's channels \(Direct, .*Email.*\)/],
    ['?view=modules', /view=modules: the only view is media/],
  ])('drops %s and says why', (search, problem) => {
    const { problems } = parseFilters(search);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(problem);
  });

  it('keeps the valid filters of a link that also has an invalid one', () => {
    expect(parseFilters('?showroom=aster&from=nope&to=2026-11-01').filters).toEqual({ showroom: 'aster', to: '2026-11-01' });
  });
});
