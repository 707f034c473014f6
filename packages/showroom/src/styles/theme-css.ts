import { buttonTextColor } from '../config/button-text-color.js';
import type { Theme } from '@vitrine/contracts';

/** The font stacks a theme may name: no font files are loaded, no raw CSS is taken. */
const FONTS = {
  system: 'system-ui,-apple-system,"Segoe UI",Roboto,sans-serif',
  serif: 'Georgia,"Times New Roman",serif',
  rounded: 'ui-rounded,"SF Pro Rounded",system-ui,sans-serif',
  mono: 'ui-monospace,Menlo,Consolas,monospace',
} as const;

/** Defaults that pass WCAG AA together. */
const DEFAULTS = { accent: '#1d4ed8', background: '#ffffff', text: '#1f2328', font: 'system', radius: 8 } as const;

/**
 * The theme's tokens as custom properties on :host. Safe to put in a stylesheet because a
 * validated theme holds only `#hex` colours, a font name from FONTS and a number.
 */
export function themeCss(theme: Theme = {}): string {
  const t = { ...DEFAULTS, ...theme };
  return `:host{--a:${t.accent};--on:${buttonTextColor(t.accent)};--bg:${t.background};--fg:${t.text};--f:${FONTS[t.font]};--r:${t.radius}px}`;
}
