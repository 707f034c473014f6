/** A random UUID v4, from `crypto.randomUUID` where the page is a secure context. */
export function uuid(): string {
  // randomUUID exists only in secure contexts (https, localhost); plain-http pages still have
  // getRandomValues: https://developer.mozilla.org/docs/Web/API/Crypto/randomUUID
  return (
    crypto.randomUUID?.() ??
    '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (c) => (+c ^ (crypto.getRandomValues(new Uint8Array(1))[0]! & (15 >> (+c / 4)))).toString(16))
  );
}
