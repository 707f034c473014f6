/** True for a time zone name this browser knows (an IANA name such as Europe/Paris, or an alias of one). */
export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
