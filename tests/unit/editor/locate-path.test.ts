import { describe, expect, it } from 'vitest';
import { locatePath } from '../../../packages/editor/src/locate-path.js';
import { mapJsonSpans } from '../../../packages/editor/src/map-json-spans.js';

const text = '{"product": {"name": "Aster"}, "experiences": [{"type": "story", "pages": [{"title": "One"}]}]}';
const spans = mapJsonSpans(text)!;
const at = (path: string) => {
  const span = locatePath(spans, path);
  return span && text.slice(span.start, span.end);
};

describe('locatePath', () => {
  it('finds a value that is there', () => {
    expect(at('experiences[0].pages[0].title')).toBe('"One"');
  });

  it.each([
    ['a missing key, at its object', 'product.sku', '{"name": "Aster"}'],
    ['a missing key deep down, at the nearest ancestor', 'experiences[0].pages[0].text', '{"title": "One"}'],
    ['a missing index, at its array', 'experiences[3].model', '[{"type": "story", "pages": [{"title": "One"}]}]'],
    ['a missing top-level key, at the whole document', 'theme', text],
    ['an odd key', 'strings["Seat fabric"]', text],
    ['the whole document', '', text],
  ])('shows %s', (_, path, expected) => {
    expect(at(path)).toBe(expected);
  });
});
