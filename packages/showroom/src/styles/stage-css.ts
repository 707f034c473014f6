/** The live stage's rules (loading bar, turn and zoom buttons), added to the widget's stylesheet when its chunk arrives (see addStyles). */
export const STAGE_CSS = `
.progress{position:absolute;left:12px;right:12px;bottom:12px;height:6px;background:#8884}
.progress>div{height:100%;background:var(--a);transform-origin:left}
.tools{position:absolute;right:8px;top:8px;display:grid;gap:4px}
.tools button{padding:0;width:32px;height:32px}
`;
