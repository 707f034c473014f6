import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROLLUP_BOUNDS } from '../../../../packages/collector/src/ingest/rollup-bounds.js';

interface Node {
  maxItems?: number;
  pattern?: string;
  properties?: Record<string, Node>;
  $defs?: Record<string, Node>;
}
const schema = JSON.parse(readFileSync(new URL('../../../../packages/contracts/src/config/showroom.schema.json', import.meta.url), 'utf8')) as Node;
const defs = schema.$defs!;

describe('ROLLUP_BOUNDS', () => {
  it.each<[string, number, number | undefined]>([
    ['maxQuizPosition = quiz.questions maxItems', ROLLUP_BOUNDS.maxQuizPosition, defs['quiz']!.properties!['questions']!.maxItems],
    ['maxStoryPage = story.pages maxItems', ROLLUP_BOUNDS.maxStoryPage, defs['story']!.properties!['pages']!.maxItems],
    ['maxAnswerIds = question.answers maxItems', ROLLUP_BOUNDS.maxAnswerIds, defs['question']!.properties!['answers']!.maxItems],
    ['maxExperiments = experiments maxItems', ROLLUP_BOUNDS.maxExperiments, schema.properties!['experiments']!.maxItems],
  ])('keeps %s of the showroom config schema', (_name, bound, schemaMax) => {
    expect(bound).toBe(schemaMax);
  });

  it('reads ids with the pattern of the schema’s $defs/id', () => {
    expect(ROLLUP_BOUNDS.idPattern.source).toBe(defs['id']!.pattern);
  });

  it('lets a visit add up more engaged time than one event may carry', () => {
    expect(ROLLUP_BOUNDS.maxEngagedMsPerVisit).toBeGreaterThanOrEqual(ROLLUP_BOUNDS.maxEngagedMsPerEvent);
    // The sum of a hundred million capped visits is still exact in a double (and far from 2^63).
    expect(Number.isSafeInteger(ROLLUP_BOUNDS.maxEngagedMsPerVisit * 100_000_000)).toBe(true);
  });
});
