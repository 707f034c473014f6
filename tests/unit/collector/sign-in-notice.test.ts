import { describe, expect, it } from 'vitest';
import { signInNotice } from '../../../packages/collector/src/sign-in-notice.js';

describe('signInNotice', () => {
  it('shows a new token once, with where to sign in', () => {
    const notice = signInNotice('http://127.0.0.1:8787', 'vta_secret', { data: './data' });
    expect(notice).toContain('Admin token (sign in at http://127.0.0.1:8787/admin/login): vta_secret');
    expect(notice).toContain('will not be shown again');
  });

  it.each([
    [{ data: './data' }, 'rotate-admin-token --data ./data'],
    [{ data: './data', database: 'postgres://vitrine@localhost/vitrine' }, 'rotate-admin-token --database postgres://vitrine@localhost/vitrine'],
  ])('on a later start says where to sign in and how to get a new token (%o)', (where, command) => {
    const notice = signInNotice('http://127.0.0.1:8787', undefined, where);
    expect(notice).toContain('Sign in at http://127.0.0.1:8787/admin/login');
    expect(notice).toContain(command);
  });
});
