#!/usr/bin/env node
// `vitrine-collector`: starts the collector from the command line (`npm start` runs it with --demo).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCliArgs, USAGE, type CliArgs } from './parse-cli-args.js';
import { demoSite } from './demo/demo-site.js';
import { runCliCommand } from './run-cli-command.js';
import { signInNotice } from './sign-in-notice.js';
import { startCollector } from './start-collector.js';

// This file runs as packages/collector/dist/cli.js, three folders below the repository root.
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

async function main(args: CliArgs): Promise<void> {
  // The demo shop lives in the repository, not in the package: an installed collector has none.
  const demoRoot = join(repoRoot, 'demo');
  if (args.demo && !existsSync(join(demoRoot, 'configs'))) {
    throw new Error(`--demo serves the repository's demo/ folder, which is not at ${demoRoot}: run it from a clone of the repository (npm start)`);
  }
  const collector = await startCollector({
    dataDir: args.data,
    ...(args.database === undefined ? {} : { database: args.database }),
    ...(args.port === undefined ? {} : { port: args.port }),
    ...(args.host === undefined ? {} : { host: args.host }),
    ...(args.writeKeys === undefined ? {} : { writeKeys: args.writeKeys }),
    ...(args.forward === undefined ? {} : { forward: { url: args.forward, ...(args.forwardWriteKey === undefined ? {} : { writeKey: args.forwardWriteKey }) } }),
    ...(args.retentionDays === undefined ? {} : { retentionDays: args.retentionDays }),
    ...(args.referralExclusions === undefined ? {} : { referralExclusions: args.referralExclusions }),
    ...(args.attributionWindowDays === undefined ? {} : { attributionWindowDays: args.attributionWindowDays }),
    ...(args.maxConnections === undefined ? {} : { maxConnections: args.maxConnections }),
    ...(args.trustProxy === undefined ? {} : { trustProxy: args.trustProxy }),
    ...(args.rateLimit === undefined ? {} : { rateLimit: args.rateLimit }),
    ...(args.demo ? demoSite(repoRoot) : {}),
    log: (line) => console.log(`${new Date().toISOString()} ${line}`),
  });
  console.log(`Vitrine collector listening on ${collector.url} (data: ${collector.dbPath})`);
  console.log(signInNotice(collector.url, collector.adminToken, args));
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

let args: CliArgs;
try {
  args = parseCliArgs(process.argv.slice(2));
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  process.exit(2);
}
if (args.help) console.log(USAGE);
else if (args.command)
  runCliCommand(args.command, args).then(console.log, (error: unknown) => {
    console.error(`vitrine-collector ${args.command}: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
else
  main(args).catch((error: unknown) => {
    console.error(`Vitrine collector could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
