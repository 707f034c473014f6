/**
 * The widget's stylesheet, adopted by every shadow root (one CSSStyleSheet for all showrooms on
 * the page). Colours, font and radius come from the theme's custom properties (see themeCss).
 * Targets are at least 24 px (WCAG 2.2 target size); focus is always visible.
 */
export const SHOWROOM_CSS = `
:host{all:initial;display:block;contain:content;font:15px/1.45 var(--vs-font);color:var(--vs-fg);background:var(--vs-bg);border-radius:var(--vs-r)}
:host([hidden]){display:none}
*{box-sizing:border-box}
[hidden]{display:none!important}
.root{display:grid;gap:12px;padding:12px}
.placeholder{aspect-ratio:4/3}
h2,h3,p{margin:0}
h2{font-size:1.15em}
button,a.btn,summary{font:inherit;min-height:24px;min-width:24px;cursor:pointer}
button,a.btn{display:inline-flex;align-items:center;justify-content:center;gap:6px;padding:6px 12px;border:1px solid var(--vs-fg);border-radius:var(--vs-r);background:var(--vs-bg);color:var(--vs-fg);text-decoration:none}
button.primary,a.primary{background:var(--vs-a);border-color:var(--vs-a);color:var(--vs-on-a)}
button:disabled{opacity:.55;cursor:default}
:focus-visible{outline:3px solid var(--vs-a);outline-offset:2px}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.row{display:flex;flex-wrap:wrap;gap:8px;align-items:center}
.error{padding:8px 12px;border:1px solid currentColor;border-radius:4px;font:14px/1.4 system-ui,sans-serif;color:#222;background:#fff}
.stage{position:relative;aspect-ratio:4/3;overflow:hidden;border-radius:var(--vs-r);background:color-mix(in srgb,var(--vs-fg) 6%,var(--vs-bg));touch-action:none;user-select:none}
.stage canvas,.stage .poster{position:absolute;inset:0;width:100%;height:100%;object-fit:contain}
.surface{position:absolute;inset:0;cursor:grab}
.surface:active{cursor:grabbing}
.progress{position:absolute;left:12px;right:12px;bottom:12px;height:6px;border-radius:3px;background:color-mix(in srgb,var(--vs-fg) 20%,transparent);overflow:hidden}
.progress>div{height:100%;width:100%;background:var(--vs-a);transform-origin:left;transition:transform .2s}
.notice{position:absolute;left:12px;right:12px;bottom:12px;padding:8px 12px;border-radius:var(--vs-r);background:var(--vs-bg);display:flex;gap:8px;align-items:center;justify-content:space-between}
.hotspot{position:absolute;left:0;top:0;width:28px;height:28px;margin:-14px;padding:0;border-radius:50%;background:var(--vs-a);border:2px solid var(--vs-on-a);color:var(--vs-on-a);font-weight:700}
.hotspot[data-occluded]{visibility:hidden}
.card{position:absolute;left:12px;right:12px;top:12px;max-width:360px;padding:12px;border-radius:var(--vs-r);background:var(--vs-bg);box-shadow:0 4px 16px rgb(0 0 0/.25);display:grid;gap:6px}
.card button{justify-self:end}
.tools{position:absolute;right:8px;top:8px;display:grid;gap:4px}
.tools button{padding:0;width:32px;height:32px;background:var(--vs-bg)}
.swatch{width:18px;height:18px;border-radius:50%;border:1px solid var(--vs-fg);background:var(--vs-swatch)}
[aria-checked=true],[aria-pressed=true]{box-shadow:inset 0 0 0 2px var(--vs-a);font-weight:600}
.tabs{display:flex;gap:4px;border-bottom:1px solid color-mix(in srgb,var(--vs-fg) 30%,transparent)}
[role=tab]{border:0;border-bottom:3px solid transparent;border-radius:0;background:none}
[role=tab][aria-selected=true]{border-bottom-color:var(--vs-a);font-weight:600}
.story{position:relative;display:grid;gap:8px}
.bars{display:flex;gap:4px}
.bar{flex:1;height:4px;border-radius:2px;background:color-mix(in srgb,var(--vs-fg) 20%,transparent);overflow:hidden}
.bar>div{height:100%;background:var(--vs-a);transform:scaleX(0);transform-origin:left}
.bar[data-state=done]>div{transform:none}
.bar[data-state=now]>div{animation:vs-fill linear forwards}
.story[data-paused] .bar>div{animation-play-state:paused}
@keyframes vs-fill{to{transform:none}}
.slide{display:grid;gap:6px;min-height:8em;cursor:pointer}
.slide img{width:100%;aspect-ratio:16/9;object-fit:cover;border-radius:var(--vs-r)}
fieldset{border:0;margin:0;padding:0;display:grid;gap:6px}
legend{font-weight:600;margin-bottom:6px}
.answer{display:flex;align-items:center;gap:8px;min-height:32px;padding:6px 10px;border:1px solid color-mix(in srgb,var(--vs-fg) 40%,transparent);border-radius:var(--vs-r);cursor:pointer}
.answer:has(input:checked){border-color:var(--vs-a);box-shadow:inset 0 0 0 1px var(--vs-a)}
.answer input{width:20px;height:20px;margin:0;accent-color:var(--vs-a)}
.answer img{width:56px;height:56px;object-fit:cover;border-radius:4px}
.code{font:600 1.1em ui-monospace,monospace}
.price{font-weight:600}
@media (prefers-reduced-motion:reduce){*{transition:none!important}.bar[data-state=now]>div{animation:none}}
`;
