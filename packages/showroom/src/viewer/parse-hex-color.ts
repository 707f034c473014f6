/** `#rgb`, `#rrggbb` or `#rrggbbaa` as sRGB components 0..1 (alpha last), or undefined. */
export function parseHexColor(value: string): [number, number, number, number] | undefined {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(value);
  if (!match) return undefined;
  let hex = match[1]!;
  if (hex.length === 3) hex = [...hex].map((c) => c + c).join('');
  if (hex.length === 6) hex += 'ff';
  const byte = (i: number) => parseInt(hex.slice(i * 2, i * 2 + 2), 16) / 255;
  return [byte(0), byte(1), byte(2), byte(3)];
}
