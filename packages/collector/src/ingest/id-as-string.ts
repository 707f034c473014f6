/**
 * A numeric `userId` or `anonymousId` as the string Segment stores (`42` becomes `"42"`), so the
 * same visitor sent as 42 and as "42" is one visitor. Any other value is returned as it is.
 */
export function idAsString(value: unknown): unknown {
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
}
