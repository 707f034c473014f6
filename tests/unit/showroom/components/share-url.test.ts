import { describe, expect, it } from 'vitest';
import { shareUrl } from '../../../../packages/showroom/src/components/share-url.js';

describe('shareUrl', () => {
  it.each([
    ['adds the share medium, where it was shared and the sharer ref', 'https://shop.example/chair', 'copy-link', 'https://shop.example/chair?utm_medium=share&utm_source=copy-link&utm_content=k3x9q2m1'],
    ['keeps the page’s own query and hash', 'https://shop.example/p?id=7&color=moss#reviews', 'web-share', 'https://shop.example/p?id=7&color=moss&utm_medium=share&utm_source=web-share&utm_content=k3x9q2m1#reviews'],
    [
      'drops the sharer’s own campaign and ad click ids',
      'https://shop.example/chair?utm_source=newsletter&utm_medium=email&utm_campaign=spring&gclid=g&gbraid=b&wbraid=w&dclid=d&msclkid=m&ttclid=t&li_fat_id=l&fbclid=f&id=7',
      'copy-link',
      'https://shop.example/chair?id=7&utm_medium=share&utm_source=copy-link&utm_content=k3x9q2m1',
    ],
  ])('%s', (_, href, source, expected) => {
    expect(shareUrl(href, source, 'k3x9q2m1')).toBe(expected);
  });
});
