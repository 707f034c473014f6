import { describe, expect, it } from 'vitest';
import { inAudience, type Visit } from '../../../../packages/contracts/src/config/in-audience.js';
import type { Audience } from '../../../../packages/contracts/src/config/showroom-config.js';

describe('inAudience', () => {
  it.each<[string, Audience | undefined, Visit, boolean]>([
    ['no audience: everyone', undefined, {}, true],
    ['an empty audience: everyone', {}, {}, true],
    ['a visit by a listed channel', { channels: ['Paid Social', 'Email'] }, { channel: 'Email' }, true],
    ['a visit by another channel', { channels: ['Paid Social'] }, { channel: 'Email' }, false],
    ['a visit whose channel is unknown', { channels: ['Direct'] }, {}, false],
    ['a new visitor, new wanted', { visitors: 'new' }, { returning: false }, true],
    ['a returning visitor, new wanted', { visitors: 'new' }, { returning: true }, false],
    ['a returning visitor, returning wanted', { visitors: 'returning' }, { returning: true }, true],
    ['a visitor not known to be new or returning', { visitors: 'new' }, {}, false],
    ['both conditions hold', { channels: ['Paid Social'], visitors: 'returning' }, { channel: 'Paid Social', returning: true }, true],
    ['one of two conditions fails', { channels: ['Paid Social'], visitors: 'returning' }, { channel: 'Paid Social', returning: false }, false],
  ])('%s', (_, audience, visit, expected) => {
    expect(inAudience(audience, visit)).toBe(expected);
  });
});
