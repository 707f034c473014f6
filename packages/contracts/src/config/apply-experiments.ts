import { applyExperimentsQuietly, type ExperimentsApplied } from './apply-experiments-quietly.js';
import { describeFault } from './describe-fault.js';
import type { Visit } from './in-audience.js';
import type { ShowroomConfig } from './showroom-config.js';

/** applyExperimentsQuietly with the patches' problems in words (see there). */
export function applyExperiments(config: ShowroomConfig, anonymousId: string, remembered: Readonly<Record<string, string>> = {}, visit?: Visit): ExperimentsApplied {
  const applied = applyExperimentsQuietly(config, anonymousId, remembered, visit);
  return { ...applied, errors: applied.errors.map(describeFault) };
}
