// A throwaway PostgreSQL cluster for the tests and the bench: initdb in a temp folder, started on
// 127.0.0.1 on a free port with trust auth for 127.0.0.1 only, stopped and deleted afterwards.
//
//   node scripts/postgres-cluster.mjs -- <command...>   runs the command with VITRINE_TEST_POSTGRES_URL set
//   node scripts/postgres-cluster.mjs                   prints the URL and keeps it up until Ctrl-C
//
// PostgreSQL refuses to run as root, so as root the cluster runs as the `postgres` user (created
// if missing), through `runuser`.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The environment variable the PostgreSQL tests read. */
export const POSTGRES_URL_VARIABLE = 'VITRINE_TEST_POSTGRES_URL';

/** The user the cluster runs as when we are root. */
const CLUSTER_USER = 'postgres';

/**
 * The folder holding initdb, pg_ctl and psql: that of the initdb on PATH, else Debian's newest
 * /usr/lib/postgresql/<version>/bin (Debian's package does not put them on PATH).
 * Undefined when PostgreSQL is not installed.
 */
export function postgresBinDir() {
  const onPath = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' }).stdout.trim();
  // Through the link: a linked initdb (/usr/local/bin) has psql beside its target, not beside it.
  if (onPath) return join(realpathSync(onPath), '..');
  const debian = '/usr/lib/postgresql';
  if (!existsSync(debian)) return undefined;
  const versions = readdirSync(debian).filter((name) => existsSync(join(debian, name, 'bin', 'initdb')));
  versions.sort((a, b) => Number(b) - Number(a));
  return versions[0] && join(debian, versions[0], 'bin');
}

/**
 * Starts a fresh cluster; resolves with its URL (database `vitrine`, user `vitrine`) and `stop()`.
 * `durable: false` (the default, for tests) turns fsync off: a crash may lose the cluster, which
 * is thrown away anyway. The bench passes `durable: true` to measure what a real server does.
 */
export async function startPostgresCluster({ durable = false } = {}) {
  const bin = postgresBinDir();
  if (!bin) throw new Error('PostgreSQL is not installed: no initdb on PATH or in /usr/lib/postgresql/*/bin (Debian: apt-get install postgresql)');
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'vitrine-postgres-'));
  const data = join(dir, 'data');
  const run = (command, args) => {
    const [file, argv] = asRoot ? ['runuser', ['-u', CLUSTER_USER, '--', join(bin, command), ...args]] : [join(bin, command), args];
    execFileSync(file, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
  };
  try {
    if (asRoot) {
      ensureUser(CLUSTER_USER);
      const { uid, gid } = userIds(CLUSTER_USER);
      chownSync(dir, uid, gid);
    }
    chmodSync(dir, 0o700);
    run('initdb', ['-D', data, '-U', 'vitrine', '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
    // Trust, for TCP from this machine only: no socket line, no other host.
    writeFileSync(join(data, 'pg_hba.conf'), 'host all all 127.0.0.1/32 trust\n');
    const port = await freePort();
    const settings = [
      '-c listen_addresses=127.0.0.1',
      `-p ${port}`,
      `-k ${dir}`,
      ...(durable ? [] : ['-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off']),
    ];
    run('pg_ctl', ['-D', data, '-o', settings.join(' '), '-l', join(dir, 'server.log'), '-w', 'start']);
    const base = `postgres://vitrine@127.0.0.1:${port}`;
    run('psql', [`${base}/postgres`, '-q', '-c', 'CREATE DATABASE vitrine']);
    let stopped = false;
    return {
      url: `${base}/vitrine`,
      /** Creates another empty database on the same cluster; resolves with its URL. */
      createDatabase: (name) => {
        if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`a database name is lower-case letters, digits and _, not ${name}`);
        run('psql', [`${base}/postgres`, '-q', '-c', `CREATE DATABASE ${name}`]);
        return `${base}/${name}`;
      },
      stop: () => {
        if (stopped) return;
        stopped = true;
        try {
          run('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      },
    };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    const stderr = error?.stderr?.toString().trim();
    throw new Error(`could not start a PostgreSQL cluster: ${stderr || error.message}`);
  }
}

function ensureUser(name) {
  if (spawnSync('id', ['-u', name]).status === 0) return;
  execFileSync('useradd', ['--system', '--no-create-home', '--shell', '/usr/sbin/nologin', name]);
}

function userIds(name) {
  const id = (flag) => Number(execFileSync('id', [flag, name], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

/** A port the OS says is free now (another process could take it before the server binds it). */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dash = process.argv.indexOf('--');
  const command = dash === -1 ? process.argv.slice(2) : process.argv.slice(dash + 1);
  const cluster = await startPostgresCluster();
  const stop = () => cluster.stop();
  process.on('exit', stop);
  if (command.length === 0) {
    console.log(`${POSTGRES_URL_VARIABLE}=${cluster.url}\n(Ctrl-C stops and deletes the cluster)`);
    process.on('SIGINT', () => process.exit(0)).on('SIGTERM', () => process.exit(0));
  } else {
    const child = spawn(command[0], command.slice(1), { stdio: 'inherit', env: { ...process.env, [POSTGRES_URL_VARIABLE]: cluster.url } });
    // The child gets the same Ctrl-C from the terminal; we only wait for it to end.
    process.on('SIGINT', () => {}).on('SIGTERM', () => child.kill('SIGTERM'));
    child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  }
}
