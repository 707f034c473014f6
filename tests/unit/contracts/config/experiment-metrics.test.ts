import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXPERIMENT_METRICS } from '../../../../packages/contracts/src/config/experiment-metrics.js';

const schema = JSON.parse(readFileSync(new URL('../../../../packages/contracts/src/config/showroom.schema.json', import.meta.url), 'utf8'));

describe('EXPERIMENT_METRICS', () => {
  it('lists the metrics the schema lets an experiment name, in the order the report lists the others', () => {
    expect(EXPERIMENT_METRICS).toEqual(schema.$defs.experimentMetric.enum);
    expect(EXPERIMENT_METRICS).toEqual(['cta', 'add-to-cart', 'order', 'revenue-per-visitor']);
  });
});
