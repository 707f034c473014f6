import type { Module } from '@vitrine/contracts';

/** The five modules in the order PRODUCT.md lists them, with the words a marketer knows them by. */
export const MODULE_LABELS: Readonly<Record<Module, string>> = {
  sense: '3D view',
  feel: 'Story',
  think: 'Quiz',
  act: 'Try & buy',
  relate: 'Share',
};
