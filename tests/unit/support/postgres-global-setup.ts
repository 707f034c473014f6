import type { TestProject } from 'vitest/node';
import { POSTGRES_URL_VARIABLE, postgresBinDir, startPostgresCluster } from '../../../scripts/postgres-cluster.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The PostgreSQL cluster the tests may use ('' when there is none). */
    postgresUrl: string;
    /** Why there is none, for the skip message. */
    postgresMissing: string;
  }
}

/**
 * Vitest globalSetup: gives the PostgreSQL tests a cluster. `VITRINE_TEST_POSTGRES_URL` names one
 * to use (any database the user may create databases in); otherwise, where PostgreSQL is
 * installed, a throwaway cluster is started for the run and deleted after it.
 */
export default async function setup(project: TestProject): Promise<(() => void) | undefined> {
  const given = process.env[POSTGRES_URL_VARIABLE];
  if (given) {
    project.provide('postgresUrl', given);
    project.provide('postgresMissing', '');
    return undefined;
  }
  if (!postgresBinDir()) {
    const missing = `PostgreSQL is not installed (no initdb on PATH or in /usr/lib/postgresql/*/bin) and ${POSTGRES_URL_VARIABLE} is not set`;
    console.warn(`\n⚠ PostgreSQL tests SKIPPED: ${missing}. Debian: apt-get install postgresql.\n`);
    project.provide('postgresUrl', '');
    project.provide('postgresMissing', missing);
    return undefined;
  }
  const cluster = await startPostgresCluster();
  project.provide('postgresUrl', cluster.url);
  project.provide('postgresMissing', '');
  return () => cluster.stop();
}
