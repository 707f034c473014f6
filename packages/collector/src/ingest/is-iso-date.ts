// Date.parse alone accepts too much ("1", "March 7"); Segment asks for ISO 8601 with a time zone.
const ISO_8601 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;

/** Whether `value` is an ISO 8601 date-time string with a zone, e.g. `2024-05-01T12:00:00.000Z`. */
export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && ISO_8601.test(value) && !Number.isNaN(Date.parse(value));
}
