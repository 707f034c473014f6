/**
 * The live stage's rules (loading bar, turn and zoom buttons), added to the widget's stylesheet when
 * its chunk arrives (see addStyles). A stage under 400 px wide (a category card, a phone) shows its
 * buttons behind one "View controls" button, and once opened in rows of four under it, so they fit
 * a card: a container query, so the stage's own size decides, wherever the page puts it.
 */
export const STAGE_CSS = `
.progress{position:absolute;left:12px;right:12px;bottom:12px;height:6px;background:#8884}
.progress>div{height:100%;background:var(--a);transform-origin:left}
.stage{container-type:inline-size}
.tools{position:absolute;right:8px;top:8px;display:grid;gap:4px}
.tools button{padding:0;width:32px;height:32px}
.more{display:none}
@container (width<400px){.tools .more{display:flex}.tools:not([data-open]) .more~*{display:none}[data-open]{grid:auto/repeat(4,auto)}[data-open] .more{grid-column:span 4;justify-self:end}}
`;
