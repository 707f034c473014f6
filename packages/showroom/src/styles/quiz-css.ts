/** The quiz's rules, added to the widget's stylesheet when its chunk arrives (see addStyles). */
export const QUIZ_CSS = `
fieldset{border:0;padding:0;margin:0;gap:6px}
legend{font-weight:600;margin-bottom:6px}
.answer{display:flex;align-items:center;gap:8px;min-height:32px;padding:6px 10px;border:1px solid #8888;border-radius:var(--r)}
.answer:has(:checked){border-color:var(--a)}
.answer input{width:20px;height:20px;margin:0;accent-color:var(--a)}
.answer img{width:56px;height:56px;object-fit:cover}
`;
