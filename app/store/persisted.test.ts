import { describe, expect, it } from 'vitest';
import { defaultLossState } from './lossState.ts';
import { readSaved, validateLossState, writeSaved } from './persisted.ts';

describe('saved state', () => {
  it('round-trips a valid state', () => {
    const mse = { ...defaultLossState('MSELoss'), params: { reduction: 'sum' }, highlight: 2 };
    const text = writeSaved('MSELoss', { MSELoss: mse });
    const read = readSaved(text);
    expect(read).toEqual({
      ok: true,
      saved: { version: 1, selected: 'MSELoss', losses: { MSELoss: mse } },
    });
  });

  it('treats nothing saved as nothing to restore', () => {
    expect(readSaved(null)).toEqual({ ok: true, saved: null });
  });

  it.each([
    ['not JSON', '{oops'],
    ['a number', '42'],
    ['an old version', JSON.stringify({ version: 0, selected: 'L1Loss', losses: {} })],
    ['an unknown loss', JSON.stringify({ version: 1, selected: 'NoLoss', losses: {} })],
    [
      'a bad reduction',
      JSON.stringify({
        version: 1,
        selected: 'L1Loss',
        losses: { L1Loss: { params: { reduction: 'avg' }, tensors: {}, highlight: 0 } },
      }),
    ],
    [
      'a non-numeric tensor',
      JSON.stringify({
        version: 1,
        selected: 'L1Loss',
        losses: { L1Loss: { params: {}, tensors: { input: ['x'] }, highlight: 0 } },
      }),
    ],
    [
      'a ragged tensor',
      JSON.stringify({
        version: 1,
        selected: 'L1Loss',
        losses: { L1Loss: { params: {}, tensors: { input: [[1, 2], [3]] }, highlight: 0 } },
      }),
    ],
    [
      'a __proto__ key',
      '{"version":1,"selected":"L1Loss","losses":{"L1Loss":{"params":{"__proto__":{"polluted":1}},"tensors":{},"highlight":0}}}',
    ],
    [
      'a __proto__ loss',
      '{"version":1,"selected":"L1Loss","losses":{"__proto__":{"params":{},"tensors":{},"highlight":0}}}',
    ],
    [
      'a constructor argument',
      '{"version":1,"selected":"L1Loss","losses":{"L1Loss":{"params":{},"tensors":{"constructor":[1]},"highlight":0}}}',
    ],
    [
      'an unknown argument',
      JSON.stringify({
        version: 1,
        selected: 'L1Loss',
        losses: { L1Loss: { params: {}, tensors: { evil: [1] }, highlight: 0 } },
      }),
    ],
  ])('refuses %s', (_label, text) => {
    expect(readSaved(text)).toEqual({ ok: false });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('fills keywords a newer version added with their defaults', () => {
    expect(validateLossState('L1Loss', { params: {}, tensors: {}, highlight: -3 })).toEqual(
      defaultLossState('L1Loss'),
    );
  });
});
