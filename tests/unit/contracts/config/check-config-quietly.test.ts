import { describe, expect, it } from 'vitest';
import { checkConfig } from '../../../../packages/contracts/src/config/check-config.js';
import { checkConfigQuietly } from '../../../../packages/contracts/src/config/check-config-quietly.js';
import { describeFault } from '../../../../packages/contracts/src/config/describe-fault.js';
import { asterChairConfig } from './aster-chair.js';

describe('checkConfigQuietly', () => {
  it('returns a copy of a valid config, without its __proto__ keys, as checkConfig does', () => {
    // An arm's patch is the one place where any key is allowed.
    const experiments = [{ id: 'x', arms: [{ id: 'a', weight: 1, patch: {} }, { id: 'b', weight: 1 }] }];
    const input: unknown = JSON.parse(JSON.stringify({ ...asterChairConfig(), experiments }).replace('"patch":{}', '"patch":{"__proto__":{"polluted":true}}'));
    expect(Object.hasOwn((input as { experiments: { arms: { patch: object }[] }[] }).experiments[0]!.arms[0]!.patch, '__proto__')).toBe(true);
    const { config, errors } = checkConfigQuietly(input);
    expect(errors).toEqual([]);
    expect(config).not.toBe(input);
    const patch = (config?.experiments?.[0]?.arms[0] as { patch?: object }).patch;
    expect(patch && Object.hasOwn(patch, '__proto__')).toBe(false);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(config).toEqual(checkConfig(input).config);
  });

  it.each([
    ['a schema fault', { ...asterChairConfig(), product: { nmae: 'Chair' } }],
    ['a reference fault', { ...asterChairConfig(), experiments: [{ id: 'x', arms: [{ id: 'a', weight: 1, patch: { id: 'other' } }, { id: 'b', weight: 1 }] }] }],
    ['something that is not JSON data', new Proxy({}, { ownKeys: () => { throw new Error('hostile'); } })],
  ])('reports %s as codes that describeFault words as checkConfig does', (_, input) => {
    const { config, errors } = checkConfigQuietly(input);
    expect(config).toBeUndefined();
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.map(describeFault)).toEqual(checkConfig(input).errors);
  });
});
