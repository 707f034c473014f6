import { escapeHtml } from './escape-html.js';

/** The login page's stylesheet, served at /admin/login.css (the CSP forbids inline styles). */
export const LOGIN_CSS = `body{font:16px/1.5 system-ui,sans-serif;margin:0;display:grid;place-items:center;min-height:100vh;background:#f6f5f2;color:#1d1b18}
main{background:#fff;padding:2rem;border-radius:12px;box-shadow:0 1px 4px #0002;max-width:26rem;width:calc(100% - 2rem);box-sizing:border-box}
h1{font-size:1.4rem;margin:0 0 1rem}label{display:block;font-weight:600;margin-bottom:.25rem}
input{width:100%;box-sizing:border-box;font:inherit;padding:.5rem;border:1px solid #6b665e;border-radius:6px}
button{margin-top:1rem;font:inherit;padding:.5rem 1.25rem;border:0;border-radius:6px;background:#1f5f4a;color:#fff;cursor:pointer}
input:focus-visible,button:focus-visible{outline:3px solid #1f5f4a;outline-offset:2px}
.error{color:#a4161a;font-weight:600}p.hint{color:#4d4942;font-size:.9rem}`;

/**
 * The login form: a plain POST, so it works without JavaScript and under a CSP without inline
 * script or style. `next` is where to go after signing in; `error` is a fixed message, never input.
 */
export function loginPage({ next, error }: { next: string; error?: string }): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sign in · Vitrine admin</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/admin/login.css">
</head>
<body>
<main>
<h1>Vitrine admin</h1>
${error ? `<p class="error" role="alert" id="login-error">${escapeHtml(error)}</p>` : ''}
<form method="post" action="/admin/login">
<input type="hidden" name="next" value="${escapeHtml(next)}">
<label for="token">Admin token</label>
<input id="token" name="token" type="password" autocomplete="current-password" required${error ? ' aria-describedby="login-error" aria-invalid="true"' : ''}>
<button type="submit">Sign in</button>
</form>
<p class="hint">The collector printed the token once, when it first started. Lost it? Run <code>vitrine-collector rotate-admin-token --data &lt;dir&gt;</code>.</p>
</main>
</body>
</html>
`;
}
