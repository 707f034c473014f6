import { SHOWROOM_CSS } from './showroom-css.js';

let shared: CSSStyleSheet | undefined;

/**
 * Gives `root` the widget's stylesheet (shared by every showroom on the page) and its own theme
 * sheet. Constructable stylesheets, because a strict CSP (`style-src 'self'`) refuses <style>
 * elements and style attributes but not the CSSOM.
 */
export function adoptStyles(root: ShadowRoot, themeCss: string): void {
  try {
    shared ??= sheet(SHOWROOM_CSS);
    root.adoptedStyleSheets = [shared, sheet(themeCss)];
  } catch {
    // A browser without constructable stylesheets (Safari < 16.4) shows the widget unstyled.
  }
}

function sheet(css: string): CSSStyleSheet {
  const s = new CSSStyleSheet();
  s.replaceSync(css);
  return s;
}
