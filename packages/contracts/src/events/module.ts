/**
 * The five kinds of virtual experience (PRODUCT.md §1), in the order PRODUCT.md lists them: see
 * and handle it (3D view), a story that moves, a quiz that makes one think, try or buy, share.
 */
export const MODULES = ['sense', 'feel', 'think', 'act', 'relate'] as const;

export type Module = (typeof MODULES)[number];
