import type { ConfigProblem } from './config-problem.js';
import { contrastRatio } from './contrast-ratio.js';
import type { Theme } from './showroom-config.js';

/** WCAG 2.x level AA for normal text (https://www.w3.org/TR/WCAG21/#contrast-minimum). */
export const TEXT_CONTRAST = 4.5;
/** WCAG 2.1 AA for buttons and focus rings against what surrounds them (https://www.w3.org/TR/WCAG21/#non-text-contrast). */
export const NON_TEXT_CONTRAST = 3;

/**
 * Warnings (not errors: the marketer may know better) for theme tokens below WCAG AA: the text
 * colour on the background (4.5:1), and the accent, which fills buttons and draws focus rings, on
 * the background (3:1). Button text needs no check: it is white or black, whichever reads better
 * on the accent (see buttonTextColor), and one of them always passes. Tokens left out take the
 * widget's defaults, which pass; alpha is ignored.
 */
export function themeContrast(theme: Theme | undefined): ConfigProblem[] {
  const warnings: ConfigProblem[] = [];
  const check = (token: 'text' | 'accent', minimum: number, advice: string): void => {
    const color = theme?.[token];
    const background = theme?.background;
    if (color === undefined || background === undefined) return;
    const ratio = contrastRatio(color, background);
    if (!(ratio < minimum)) return;
    warnings.push({
      path: `theme.${token}`,
      message: `theme.${token} (${color}) on theme.background (${background}) has a contrast ratio of ${round(ratio, minimum)}:1; WCAG AA asks for at least ${minimum}:1 ${advice}: darken one or lighten the other`,
    });
  };
  check('text', TEXT_CONTRAST, 'for text');
  check('accent', NON_TEXT_CONTRAST, 'for buttons and focus rings');
  return warnings;
}

/** Two decimals, as WebAIM shows them (4.48), but never rounded up to the passing minimum. */
function round(ratio: number, minimum: number): string {
  const rounded = Math.round(ratio * 100) / 100;
  return (rounded >= minimum ? Math.floor(ratio * 100) / 100 : rounded).toFixed(2);
}
