/**
 * The collector's version, reported by `GET /health`. Rollup replaces `__VERSION__` at build
 * time; when the source runs unbuilt (vitest), the name is undeclared and `typeof` guards it.
 */
export const VERSION: string = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';
