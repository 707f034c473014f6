import { join } from 'node:path';
import type { CliArgs, CliCommand } from './parse-cli-args.js';
import { createSqliteEventStore } from './store/create-sqlite-event-store.js';
import { DB_FILE_NAME } from './store/db-file-name.js';

/**
 * Runs a subcommand of `vitrine-collector` on the database in `--data` (which a running collector
 * may share: SQLite serialises the writes); resolves with the line to print.
 */
export async function runCliCommand(command: CliCommand, args: CliArgs): Promise<string> {
  const store = await createSqliteEventStore(join(args.data, DB_FILE_NAME));
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
    }
  } finally {
    await store.close();
  }
}
