/**
 * What the command line prints about signing in once the collector listens: the new admin token
 * on the first start (shown once: only its hash is kept), and on every later start where to sign
 * in and how to get a new token when the printed one was lost.
 */
export function signInNotice(url: string, adminToken: string | undefined, where: { data: string; database?: string | undefined }): string {
  if (adminToken) return `Admin token (sign in at ${url}/admin/login): ${adminToken}\nIt is stored only as a hash and will not be shown again.`;
  const target = where.database === undefined ? `--data ${where.data}` : `--database ${where.database}`;
  return (
    `Sign in at ${url}/admin/login with the admin token printed on the first start. Lost it? ` +
    `\`node packages/collector/dist/cli.js rotate-admin-token ${target}\` prints a new one (the old one and every login stop working).`
  );
}
