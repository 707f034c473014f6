import type { ErrorAnswer } from '@vitrine/contracts';

/** Why a request was refused, in plain words, with the JSON path of the culprit where there is one. */
export type Problem = Pick<ErrorAnswer, 'error' | 'path' | 'limit' | 'size'>;
