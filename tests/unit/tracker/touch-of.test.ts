import { describe, expect, it } from 'vitest';
import { MAX_TOUCH_VALUE, touchOf } from '../../../packages/tracker/src/touch-of.js';

describe('touchOf', () => {
  it.each([
    ['reads the five utm_ parameters as Segment names them', '?utm_source=newsletter&utm_medium=email&utm_campaign=spring&utm_term=oak+chair&utm_content=hero', { campaign: { source: 'newsletter', medium: 'email', name: 'spring', term: 'oak chair', content: 'hero' } }],
    ['reads every ad click id', '?gclid=g&gbraid=gb&wbraid=wb&dclid=d&msclkid=m&ttclid=t&li_fat_id=l&fbclid=f', { clickIds: { gclid: 'g', gbraid: 'gb', wbraid: 'wb', dclid: 'd', msclkid: 'm', ttclid: 't', li_fat_id: 'l', fbclid: 'f' } }],
    ['keeps both groups side by side', '?utm_source=newsletter&utm_medium=email&gclid=x', { campaign: { source: 'newsletter', medium: 'email' }, clickIds: { gclid: 'x' } }],
    ['says nothing of a page without them', '?step=2&color=moss', undefined],
    ['says nothing of an empty query', '', undefined],
    ['ignores empty and blank values', '?utm_source=&utm_medium=%20%20&gclid=', undefined],
    ['trims values', '?utm_source=%20newsletter%20', { campaign: { source: 'newsletter' } }],
    ['ignores look-alikes: bare names, other utm_ fields, other prefixes', '?source=a&campaign=b&utm_id=c&utm_campaign_id=d&xgclid=e&gclid2=f&UTM_SOURCE=g', undefined],
    ['keeps the first of a repeated parameter, as URLSearchParams.get does', '?utm_source=first&utm_source=second', { campaign: { source: 'first' } }],
  ])('%s', (_, search, expected) => {
    expect(touchOf(search)).toEqual(expected);
  });

  it('cuts a hostile long value to MAX_TOUCH_VALUE characters', () => {
    const long = 'x'.repeat(100_000);
    const touch = touchOf(`?utm_source=${long}&utm_campaign=${long}&fbclid=${long}`)!;
    expect(MAX_TOUCH_VALUE).toBe(200);
    expect(touch.campaign!['source']).toHaveLength(200);
    expect(touch.campaign!['name']).toHaveLength(200);
    expect(touch.clickIds!['fbclid']).toHaveLength(200);
  });
});
