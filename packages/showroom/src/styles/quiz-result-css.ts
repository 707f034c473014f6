/** The quiz result's cards, added to the widget's stylesheet when the result's chunk arrives (see addStyles). */
export const QUIZ_RESULT_CSS = `
.result,.offer{display:grid;gap:10px}
.product{display:flex;flex-wrap:wrap;align-items:center;gap:8px 12px}
.product,.offer{padding:10px 12px;border:1px solid #8888;border-radius:var(--r)}
.product>img,.product>.swatch{width:64px;height:64px;object-fit:cover}
.product>img{border-radius:var(--r)}
.product>.row{flex-basis:100%}
.code{font:600 1.1em ui-monospace,monospace}
`;
