/**
 * Fills the `{name}` placeholders of a UI string (see DEFAULT_STRINGS). A placeholder without a value
 * stays as written, so a marketer's typo shows up on screen instead of vanishing. The result is text,
 * rendered as text: no markup is interpreted.
 */
export function formatString(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{([A-Za-z0-9_]+)\}/g, (placeholder, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : placeholder,
  );
}
