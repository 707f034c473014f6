const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
// A run of digits with optional spaces, dots, dashes or brackets between them, optionally led by
// "+". Which runs are phone numbers is decided by `isPhone`, not by the pattern.
const DIGIT_RUN = /\+?\(?\d[\d ().-]{6,}\d/g;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

export const REDACTED = '[redacted]';

/** 9 to 15 digits (E.164 allows 15), and not the start of a date like 2026-11-23. */
function isPhone(run: string): boolean {
  const digits = run.replace(/\D/g, '').length;
  return digits >= 9 && digits <= 15 && !ISO_DATE.test(run);
}

function redactText(text: string): string {
  // Cheap precheck: most property values hold neither an "@" nor a digit.
  if (!text.includes('@') && !/\d/.test(text)) return text;
  return text
    .replace(EMAIL, REDACTED)
    .replace(DIGIT_RUN, (run) => (isPhone(run) ? REDACTED : run));
}

/**
 * `value` with every email address and phone number inside its strings replaced by
 * "[redacted]", at any depth. Keys, numbers and booleans are left as they are; the input is not
 * changed (a copy is made only where something was redacted).
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
