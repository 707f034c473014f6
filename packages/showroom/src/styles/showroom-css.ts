/**
 * The widget's stylesheet, adopted by every shadow root (one CSSStyleSheet for all showrooms on
 * the page). Colours, font and radius come from the theme's custom properties (see themeCss).
 * Targets are at least 24 px (WCAG 2.2 target size); focus is always visible. Kept terse: it
 * ships in the script tag's budget (the quiz's, the hotspots', the live stage's and a hold-out's
 * rules come with their chunks: quiz-css.ts, hotspot-css.ts, stage-css.ts, which also holds the
 * forced-colours rules and the 3D view's focus ring, and holdout.tsx).
 */
export const SHOWROOM_CSS = `
:host{all:initial;display:block;font:15px/1.45 var(--f);color:var(--fg);background:var(--bg);border-radius:var(--r)}
*{box-sizing:border-box}
[hidden]{display:none!important}
.root,.viewer,.story,.card,fieldset{display:grid;gap:10px}
.root{padding:12px}
.placeholder,.stage{aspect-ratio:4/3}
h3,p{margin:0}
button,.btn,summary{font:inherit;min-height:24px;min-width:24px;cursor:pointer}
button,.btn{display:inline-flex;align-items:center;justify-content:center;gap:6px;padding:6px 12px;border:1px solid;border-radius:var(--r);background:var(--bg);color:var(--fg);text-decoration:none}
.primary{background:var(--a);border-color:var(--a);color:var(--on)}
button:disabled,button[aria-disabled=true]{opacity:.55}
:focus-visible{outline:3px solid var(--a);outline-offset:2px}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
.row,.tabs{display:flex;flex-wrap:wrap;gap:8px;align-items:center}
.error{padding:8px 12px;border:1px solid;font:14px system-ui,sans-serif;color:#222;background:#fff}
.stage{position:relative;overflow:hidden;border-radius:var(--r);touch-action:pan-y;user-select:none}
canvas,.poster,.surface{position:absolute;inset:0;width:100%;height:100%;object-fit:contain;cursor:grab}
.notice{position:absolute;left:12px;right:12px;bottom:12px}
.notice,.card{padding:8px 12px;border-radius:var(--r);background:var(--bg);display:flex;gap:8px;align-items:center}
.swatch{width:18px;height:18px;border-radius:50%;border:1px solid;background:var(--sw)}
[aria-checked=true],[aria-pressed=true],[aria-selected=true]{box-shadow:inset 0 -3px var(--a);font-weight:600}
[role=tab]{border:0;border-radius:0}
.bars{display:flex;gap:4px}
.bar{flex:1;height:4px;background:#8884}
.bar>div{height:100%;background:var(--a);transform:scaleX(0);transform-origin:left}
[data-state=done]>div{transform:none}
[data-state=now]>div{animation:f linear forwards}
[data-paused] .bar>div{animation-play-state:paused}
@keyframes f{to{transform:none}}
.story{container-type:inline-size}
.slide{display:grid;gap:6px;align-content:start;min-height:calc(56.25cqw + 8em)}
.slide>[src]{width:100%;aspect-ratio:16/9;object-fit:cover;border-radius:var(--r)}
.name{font-weight:600;flex-basis:100%}
@media (prefers-reduced-motion:reduce){[data-state=now]>div{animation:none}}
`;
