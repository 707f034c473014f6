// The platform APIs the contracts use (URL in isAllowedUrl and the channel rules, TextEncoder in bucketVisitor):
// browsers and Node both have them, but the package compiles without the DOM or Node types, so
// that nothing else of either can slip into a package both sides import.
declare class URL {
  constructor(url: string, base?: string);
  readonly protocol: string;
  readonly hostname: string;
  readonly username: string;
  readonly password: string;
  readonly searchParams: URLSearchParams;
}
declare class URLSearchParams {
  get(name: string): string | null;
}
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
