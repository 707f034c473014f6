import { describe, expect, it } from 'vitest';
import { landingOf } from '../../../../packages/contracts/src/channels/landing-of.js';

const context = (value: unknown): unknown => value;

describe('landingOf', () => {
  it.each<[string, unknown, ReturnType<typeof landingOf>]>([
    ['no context', null, {}],
    ['a context that is not an object', 'page', {}],
    ['a page without parameters', context({ page: { url: 'https://shop.example/', referrer: '' } }), { url: 'https://shop.example/' }],
    [
      'the utm_* parameters of the landing URL',
      context({ page: { url: 'https://shop.example/?utm_source=news&utm_medium=email&utm_campaign=spring&utm_term=sofa&utm_content=top' } }),
      { campaign: { source: 'news', medium: 'email', name: 'spring', term: 'sofa', content: 'top' }, url: 'https://shop.example/?utm_source=news&utm_medium=email&utm_campaign=spring&utm_term=sofa&utm_content=top' },
    ],
    [
      "Segment's context.campaign before the URL's parameters",
      context({ campaign: { source: 'ig', medium: 'social', name: 'x' }, page: { url: 'https://shop.example/?utm_source=news&utm_medium=email' } }),
      { campaign: { source: 'ig', medium: 'social', name: 'x' }, url: 'https://shop.example/?utm_source=news&utm_medium=email' },
    ],
    [
      'every click id, and the referrer',
      context({ page: { url: 'https://shop.example/?gclid=1&gbraid=2&wbraid=3&dclid=4&msclkid=5&ttclid=6&li_fat_id=7&fbclid=8&other=9', referrer: 'https://www.google.com/' } }),
      {
        clickIds: { gclid: '1', gbraid: '2', wbraid: '3', dclid: '4', msclkid: '5', ttclid: '6', li_fat_id: '7', fbclid: '8' },
        referrer: 'https://www.google.com/',
        url: 'https://shop.example/?gclid=1&gbraid=2&wbraid=3&dclid=4&msclkid=5&ttclid=6&li_fat_id=7&fbclid=8&other=9',
      },
    ],
    [
      "the tracker's session touch on a later page: context.campaign and context.clickIds, the page's own URL and referrer",
      context({ campaign: { source: 'google', medium: 'cpc' }, clickIds: { gclid: 'abc', bogus: 'x' }, page: { url: 'https://shop.example/chair', referrer: 'https://shop.example/' } }),
      { campaign: { source: 'google', medium: 'cpc' }, clickIds: { gclid: 'abc' }, referrer: 'https://shop.example/', url: 'https://shop.example/chair' },
    ],
    ['fields of the wrong type', context({ campaign: { source: 7 }, page: { url: 42, referrer: ['x'] } }), {}],
    ['a URL that does not parse', context({ page: { url: 'not a url?utm_medium=email' } }), { url: 'not a url?utm_medium=email' }],
  ])('reads %s', (_, json, landing) => {
    expect(landingOf(json)).toEqual(landing);
  });

  it('cuts a campaign field to 200 characters', () => {
    expect(landingOf(context({ campaign: { source: 'x'.repeat(5000) } })).campaign?.source).toHaveLength(200);
  });
});
