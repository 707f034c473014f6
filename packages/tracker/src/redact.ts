// An address: a local part, an "@" (also "%40", "%2540" and the full-width "＠" of East Asian
// keyboards), a domain that is no image's "@2x" and whose last label starts with a letter, so that
// "hero@2x.jpg" and "react@18.2.0" are kept. The local part stops at what separates values in text
// and URLs (space, quotes, brackets, ",;:=&?#/"), so in a URL only the value goes. (Groups capture
// where they need not: "(?:" costs bytes and changes nothing here.)
const EMAIL = /[^\s@＠"'<>()[\],;:=&?#/\\]{1,64}(@|%(25)?40|＠)(?!\d+x\.)[\w-]+(\.[\w-]+)*\.[a-z][\w-]+/gi;
// A run of digits with separators between them, as phone numbers are written (space, "().-/+", an
// en dash, a URL's "%20"), optionally led by "+" or "%2B". It may not start inside a token
// ("SKU-1234-5678-90", a UUID, "#123456789") nor end before a letter (an "x" extension aside), a
// ":" (a time) or "-" and a letter. Which runs are phone numbers is decided by `isPhone`.
const DIGIT_RUN = /(^|%\w\w|[^\w%#-])((\+|%2B)?\(?\d([\d\s()./+–-]|%20){6,}\d)(?![a-wyz\d_:]|-\w)/gi;
// Dates (with a 19xx or 20xx year, either end), versions ("10.0.19045") and decimals ("48.8566140").
const NOT_PHONE = /\d\d?[./-]\d\d?[./-](19|20)\d\d|(19|20)\d\d[./-]\d\d?[./-]\d|\.\d\.|^\d+\.\d+$/;

export const REDACTED = '[redacted]';

/** 9 to 15 digits (E.164 allows 15; escapes such as "%20" not counted), and no date, version or decimal. */
function isPhone(run: string): boolean {
  const digits = run.replace(/%\w\w|\D/g, '').length;
  return digits > 8 && digits < 16 && !NOT_PHONE.test(run);
}

function redactText(text: string): string {
  // Cheap precheck: most property values hold neither an "@" nor a digit ("%40" has digits).
  if (!/[@＠\d]/.test(text)) return text;
  return text
    .replace(EMAIL, REDACTED)
    .replace(DIGIT_RUN, (all, before: string, run: string) => (isPhone(run) ? before + REDACTED : all));
}

/**
 * `value` with every email address and phone number inside its strings replaced by
 * "[redacted]", at any depth; in a URL only the offending value goes (`?e=[redacted]&step=2`).
 * Keys, numbers and booleans are left as they are; the input is not changed (a copy is made only
 * where something was redacted).
 */
export function redact<T>(value: T): T {
  if (typeof value === 'string') return redactText(value) as T;
  if (Array.isArray(value)) {
    const copy = value.map(redact);
    return (copy.some((item, i) => item !== value[i]) ? copy : value) as T;
  }
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    let copy: Record<string, unknown> | undefined;
    for (const key in value) {
      const item = (value as Record<string, unknown>)[key];
      const clean = redact(item);
      if (clean !== item) (copy ??= { ...(value as Record<string, unknown>) })[key] = clean;
    }
    return (copy ?? value) as T;
  }
  return value;
}
