import type { Color } from './showroom-config.js';

/**
 * WCAG 2.x contrast ratio of two colours, 1 to 21 (https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio).
 * `#rgb`, `#rrggbb` or `#rrggbbaa`; alpha is ignored (the colours are taken as opaque). NaN for a
 * string that is not a hex colour.
 */
export function contrastRatio(a: Color, b: Color): number {
  const [lighter, darker] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

function luminance(color: Color): number {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(color)?.[1];
  if (hex === undefined) return Number.NaN;
  const full = hex.length === 3 ? [...hex].map((digit) => digit + digit).join('') : hex;
  const [r, g, b] = [0, 2, 4].map((start) => linear(parseInt(full.slice(start, start + 2), 16) / 255)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

// sRGB to linear light; 0.04045 is the sRGB standard's threshold (WCAG 2.0 printed 0.03928, which
// gives the same result for every 8-bit value).
function linear(channel: number): number {
  return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
}
