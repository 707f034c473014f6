import { SHOWROOM_CSS } from './showroom-css.js';

let shared: CSSStyleSheet | undefined;
let text = SHOWROOM_CSS;

/**
 * Gives `root` the widget's stylesheet (shared by every showroom on the page) and its own theme
 * sheet. Constructable stylesheets, because a strict CSP (`style-src 'self'`) refuses <style>
 * elements and style attributes but not the CSSOM.
 */
export function adoptStyles(root: ShadowRoot, themeCss: string): void {
  try {
    shared ??= sheet(text);
    root.adoptedStyleSheets = [shared, sheet(themeCss)];
  } catch {
    // A browser without constructable stylesheets (Safari < 16.4) shows the widget unstyled.
  }
}

/**
 * Adds a chunk's rules (the quiz's, the hotspots') to the widget's stylesheet, once, for every
 * showroom on the page: called as the chunk is evaluated, so before anything of it renders.
 */
export function addStyles(css: string): void {
  if (text.includes(css)) return;
  text += css;
  try {
    shared?.replaceSync(text);
  } catch {
    // As in adoptStyles: no constructable stylesheets, no styles.
  }
}

function sheet(css: string): CSSStyleSheet {
  const s = new CSSStyleSheet();
  s.replaceSync(css);
  return s;
}
