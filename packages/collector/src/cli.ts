#!/usr/bin/env node
// `vitrine-collector`: starts the collector from the command line (`npm start` runs it with --demo).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { rotateAdminToken } from './admin/rotate-admin-token.js';
import { parseCliArgs, USAGE, type CliArgs } from './parse-cli-args.js';
import { demoSite } from './demo/demo-site.js';
import { startCollector } from './start-collector.js';

// This file runs as packages/collector/dist/cli.js, three folders below the repository root.
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

async function main(args: CliArgs): Promise<void> {
  const collector = await startCollector({
    dataDir: args.data,
    ...(args.port === undefined ? {} : { port: args.port }),
    ...(args.host === undefined ? {} : { host: args.host }),
    ...(args.writeKeys === undefined ? {} : { writeKeys: args.writeKeys }),
    ...(args.demo ? demoSite(repoRoot) : {}),
    log: (line) => console.log(`${new Date().toISOString()} ${line}`),
  });
  console.log(`Vitrine collector listening on ${collector.url} (data: ${args.data})`);
  if (collector.adminToken) {
    console.log(`Admin token (sign in at ${collector.url}/admin/login): ${collector.adminToken}\nIt is stored only as a hash and will not be shown again.`);
  }
  if (args.demo) console.log(`Demo: ${collector.url}/`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    // A second Ctrl-C means "now": do not wait for connections to drain.
    if (stopping) process.exit(130);
    stopping = true;
    console.log(`${signal}: closing`);
    collector.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop).on('SIGTERM', stop);
}

/** `rotate-admin-token --data <dir>`: prints a new admin token; every session ends. */
async function rotate(argv: readonly string[]): Promise<void> {
  const { data } = parseArgs({ args: [...argv], options: { data: { type: 'string' } }, strict: true, allowPositionals: false }).values;
  const dir = resolve(data ?? './data');
  // A typo must not create an empty database elsewhere and print a token nobody's collector uses.
  if (!existsSync(dir)) throw new Error(`no data folder at ${dir}; pass the collector's --data`);
  console.log(`New admin token: ${await rotateAdminToken(dir)}\nIt is stored only as a hash and will not be shown again; every login session has ended.`);
}

if (process.argv[2] === 'rotate-admin-token') {
  rotate(process.argv.slice(3)).catch((error: unknown) => {
    console.error(`rotate-admin-token: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
} else {
  let args: CliArgs;
  try {
    args = parseCliArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    process.exit(2);
  }
  if (args.help) console.log(USAGE);
  else
    main(args).catch((error: unknown) => {
      console.error(`Vitrine collector could not start: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    });
}
