import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkConfig } from '../../../../packages/contracts/src/config/check-config.js';
import { checkConfigQuietly } from '../../../../packages/contracts/src/config/check-config-quietly.js';
import { describeFaults } from '../../../../packages/showroom/src/config/describe-faults.js';

const invalid = { id: 'x', version: 1, product: { nmae: 'Chair' }, experiences: [] };

afterEach(() => {
  vi.doUnmock('../../../../packages/showroom/src/config/fault-words.js');
  vi.resetModules();
});

describe('describeFaults', () => {
  it('words the quiet check\'s faults exactly as checkConfig does', async () => {
    const { errors } = checkConfigQuietly(invalid);
    expect(errors.length).toBeGreaterThan(0);
    expect(await describeFaults(errors)).toEqual(checkConfig(invalid).errors);
  });

  it('counts the faults in one problem when the words\' chunk cannot be fetched, and never rejects', async () => {
    vi.resetModules();
    vi.doMock('../../../../packages/showroom/src/config/fault-words.js', () => {
      throw new TypeError('Failed to fetch dynamically imported module');
    });
    const { describeFaults: offline } = await import('../../../../packages/showroom/src/config/describe-faults.js');
    const { errors } = checkConfigQuietly(invalid);
    expect(await offline(errors)).toEqual([{ path: '', message: `The config has ${errors.length} problem(s); their details could not be loaded` }]);
  });
});
