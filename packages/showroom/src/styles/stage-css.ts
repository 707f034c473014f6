/**
 * The live stage's rules, added to the widget's stylesheet when its chunk arrives (see addStyles),
 * which a showroom asks for once within 200 px of the viewport: the loading bar; the 3D view's focus
 * ring, drawn inside it, where the stage's overflow:hidden cannot clip it; and forced colours
 * (Windows' contrast themes), where a selected swatch, tab or preset would lose its shadow, swatches
 * their colour and the story's progress bars their fill. Here rather than in showroom-css.ts, whose
 * bytes every page loads before the 3D view.
 */
export const STAGE_CSS = `
.progress{position:absolute;left:12px;right:12px;bottom:12px;height:6px;background:#8884}
.progress>div{height:100%;background:var(--a);transform-origin:left}
.surface:focus-visible{outline-offset:-3px;border-radius:inherit}
@media (forced-colors:active){[aria-checked=true],[aria-pressed=true],[aria-selected=true]{border:3px solid Highlight}.swatch,.bars{forced-color-adjust:none;border-color:CanvasText}.bar{background:GrayText}.bar>div{background:CanvasText}}
`;

