import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { rotateAdminToken } from './admin/rotate-admin-token.js';
import type { CliArgs, CliCommand } from './parse-cli-args.js';
import { openEventStore } from './store/open-event-store.js';

/**
 * Runs a subcommand of `vitrine-collector` on the database of `--database`, else in `--data` (which
 * running collectors may share: the store serialises what must be); resolves with the line to print.
 */
export async function runCliCommand(command: CliCommand, args: CliArgs): Promise<string> {
  // A typo in --data must not create an empty database elsewhere and act on it.
  if (args.database === undefined && !existsSync(args.data)) throw new Error(`no data folder at ${resolve(args.data)}; pass the collector's --data`);
  const { store, sql } = await openEventStore(args.database, args.data, undefined, { referralExclusions: args.referralExclusions, attributionWindowDays: args.attributionWindowDays });
  try {
    switch (command) {
      case 'rebuild-rollups': {
        const started = performance.now();
        await store.rebuildRollups();
        return `Rebuilt the rollups of ${await store.count()} events in ${Math.round(performance.now() - started)} ms`;
      }
      case 'delete-visitor': {
        const deleted = await store.deleteVisitor(args.anonymousId !== undefined ? { anonymousId: args.anonymousId } : { userId: args.userId! });
        return `Deleted ${deleted} events and the rollups of ${args.anonymousId !== undefined ? `anonymousId ${args.anonymousId}` : `userId ${args.userId}`}`;
      }
      case 'rotate-admin-token':
        return `New admin token: ${await rotateAdminToken(sql)}\nIt is stored only as a hash and will not be shown again; every login session has ended.`;
    }
  } finally {
    await store.close();
  }
}
