// Whitespace, C0 controls, DEL and backslashes: URL parsers strip or reinterpret them
// ("\x01javascript:", "java\nscript:", "/\evil.example" is protocol-relative), so none is allowed.
// https://url.spec.whatwg.org/#concept-basic-url-parser
const UNSAFE_CHARACTER = /[\s\\\u0000-\u001f\u007f]/u;
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;

/**
 * The `format: "url"` rule: an `https:` URL with a host (and no user info), or a relative reference
 * that a browser resolves against the page (no scheme, no `//` host prefix). Nothing else is loaded.
 */
export function isAllowedUrl(value: string): boolean {
  if (value === '' || UNSAFE_CHARACTER.test(value)) return false;
  if (!SCHEME.test(value)) return !value.startsWith('//');
  // "https:///x" parses (the URL parser skips extra slashes); the schema's pattern refuses it, so must this.
  if (!/^https:\/\/[^/?#@]/.test(value)) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname !== '' && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}
