/**
 * The hotspots' rules, added to the widget's stylesheet when their chunk arrives (see addStyles).
 * While a card is open the other hotspots step back: the card would cover some of them, leaving
 * targets too small to hit (WCAG 2.5.8), and on a phone they crowd the product it describes.
 */
export const HOTSPOT_CSS = `
.hotspot{position:absolute;left:0;top:0;width:28px;height:28px;margin:-14px;padding:0;border-radius:50%;background:var(--a);border-color:var(--on);color:var(--on)}
[data-occluded],.hotspot:has(~.card):not([aria-expanded=true]){visibility:hidden}
.card{position:absolute;left:12px;top:12px;max-width:min(320px,calc(100% - 72px));z-index:1;display:grid;box-shadow:0 4px 16px #0004}
`;
