import type { ConfigFault, ConfigProblem } from '@vitrine/contracts';

/**
 * The faults of an invalid config in the words checkConfig would use, from a chunk fetched only
 * then (fault-words.ts). A chunk that cannot be fetched (offline) leaves one short problem that
 * counts them, so that the page still hears that, and how much, is wrong.
 */
export async function describeFaults(faults: readonly ConfigFault[]): Promise<ConfigProblem[]> {
  try {
    return faults.map((await import('./fault-words.js')).describeFault);
  } catch {
    return [{ path: '', message: `The config has ${faults.length} problem(s); their details could not be loaded` }];
  }
}
