import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultLossState } from '../store/lossState.ts';
import { formatHash, parseHash } from './hashState.ts';
import { decodeTensor, encodeTensor } from './tensorText.ts';

describe('parseHash', () => {
  it('reads the loss, its keywords and the language', () => {
    const parsed = parseHash('#/MSELoss?reduction=sum&lang=zh');
    expect(parsed.loss).toBe('MSELoss');
    expect(parsed.state.params['reduction']).toBe('sum');
    expect(parsed.lang).toBe('zh');
    expect(parsed.notices).toEqual([]);
  });

  it('reads example tensors', () => {
    const parsed = parseHash('#/L1Loss?input=1,2,3&target=0.5,-1,2');
    expect(parsed.state.tensors['input']).toEqual([1, 2, 3]);
    expect(parsed.state.tensors['target']).toEqual([0.5, -1, 2]);
  });

  it('falls back to L1Loss with a notice for an unknown loss', () => {
    const parsed = parseHash('#/NoSuchLoss?reduction=sum');
    expect(parsed.loss).toBe('L1Loss');
    expect(parsed.notices[0]).toEqual({ kind: 'unknownLoss', args: ['NoSuchLoss'] });
  });

  it('keeps defaults, with notices, for bad values and unknown keys', () => {
    const parsed = parseHash('#/L1Loss?reduction=average&beta=2&lang=fr&input=1,x');
    expect(parsed.state).toEqual(defaultLossState('L1Loss'));
    expect(parsed.lang).toBeNull();
    expect(parsed.notices.map((n) => n.kind)).toEqual([
      'badParam',
      'unknownParam',
      'badParam',
      'badParam',
    ]);
  });

  it('survives broken percent-encoding and script payloads', () => {
    for (const hash of [
      '#/%E0%A4%A',
      '#/L1Loss?reduction=%',
      '#/<script>alert(1)</script>',
      '#/L1Loss?input=' + 'x'.repeat(50_000),
    ]) {
      const parsed = parseHash(hash);
      expect(parsed.loss).toBe('L1Loss');
      for (const n of parsed.notices)
        for (const a of n.args) expect(a.length).toBeLessThanOrEqual(41);
    }
  });

  it('takes the first of repeated keys, with a notice', () => {
    const parsed = parseHash('#/L1Loss?reduction=sum&reduction=none');
    expect(parsed.state.params['reduction']).toBe('sum');
    expect(parsed.notices).toEqual([{ kind: 'repeatedParam', args: ['reduction'] }]);
  });

  it('never touches a prototype, whatever the keys', () => {
    const parsed = parseHash(
      '#/L1Loss?__proto__=1&constructor=x&__proto__%5Bpolluted%5D=1&toString=2&hasOwnProperty=3',
    );
    expect(parsed.state).toEqual(defaultLossState('L1Loss'));
    expect(
      parsed.notices.every((n) => n.kind === 'unknownParam' || n.kind === 'repeatedParam'),
    ).toBe(true);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    for (const path of ['__proto__', 'constructor', 'toString', 'hasOwnProperty'])
      expect(parseHash(`#/${path}`).loss).toBe('L1Loss');
  });

  it('refuses huge, infinite and ragged tensors and keeps their defaults', () => {
    const parsed = parseHash(
      '#/MSELoss?input=1e309,1,2,3&target=[[1,2],[3]]&reduction=' + 'x'.repeat(100_000),
    );
    expect(parsed.state).toEqual(defaultLossState('MSELoss'));
    expect(parsed.notices.map((n) => n.kind)).toEqual(['badParam', 'badParam', 'badParam']);
  });

  it('spells out invisible and direction-changing characters in notices', () => {
    const parsed = parseHash('#/%E2%80%AEssoL1L?x%00y=1');
    expect(parsed.notices).toEqual([
      { kind: 'unknownLoss', args: ['U+202EssoL1L'] },
      { kind: 'unknownParam', args: ['xU+0000y'] },
    ]);
  });

  it('an empty hash is the default state without notices', () => {
    expect(parseHash('')).toEqual({
      loss: 'L1Loss',
      state: defaultLossState('L1Loss'),
      lang: null,
      fields: {},
      notices: [],
    });
  });
});

describe('formatHash', () => {
  it('writes the version, only what differs from the defaults, plus the language', () => {
    const state = defaultLossState('MSELoss');
    expect(formatHash('MSELoss', state, 'en')).toBe('#/MSELoss?v=2&lang=en');
    const changed = {
      ...state,
      params: { ...state.params, reduction: 'sum' },
      tensors: { ...state.tensors, input: [1, 2, 3, 4] },
    };
    expect(formatHash('MSELoss', changed, 'zh')).toBe(
      '#/MSELoss?v=2&reduction=sum&input=1,2,3,4&lang=zh',
    );
  });

  it('round-trips any state through parseHash', () => {
    const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
    fc.assert(
      fc.property(
        fc.constantFrom('none', 'mean', 'sum'),
        fc.array(finite, { minLength: 1, maxLength: 6 }),
        fc.constantFrom('en' as const, 'zh' as const),
        (reduction, input, lang) => {
          const base = defaultLossState('L1Loss');
          const state = {
            ...base,
            params: { ...base.params, reduction },
            tensors: { ...base.tensors, input },
          };
          const parsed = parseHash(formatHash('L1Loss', state, lang));
          expect(parsed.state.params).toEqual(state.params);
          expect(parsed.state.tensors['input']).toEqual(input);
          expect(parsed.lang).toBe(lang);
        },
      ),
      { seed: 7, numRuns: 200 },
    );
  });
});

describe('tensor text', () => {
  it('spells vectors and matrices compactly and reads them back', () => {
    for (const v of [
      2.5,
      [1, 2],
      [
        [1, 2],
        [3, 4],
      ],
      [[1, 2]],
      [5],
      [[1], [2]],
      [[[1, 2]]],
      [],
      [[], []],
      [
        [
          [-0.5, 1e-7],
          [3, -0],
        ],
      ],
    ]) {
      const text = encodeTensor(v);
      expect(text).not.toBeNull();
      expect(text).not.toMatch(/[[\]]/);
      expect(decodeTensor(text ?? '')).toEqual(v);
    }
    expect(
      encodeTensor([
        [1, 2],
        [3, 4],
      ]),
    ).toBe('1,2;3,4');
    expect(encodeTensor([[1], [2]])).toBe('2x1:1,2');
    expect(encodeTensor([[[1, 2, 3]], [[4, 5, 6]]])).toBe('2x1x3:1,2,3,4,5,6');
  });

  it('has no spelling for a ragged array, which is no tensor', () => {
    expect(encodeTensor([[1, 2], [3]])).toBeNull();
    expect(encodeTensor([[1, 2], 3])).toBeNull();
  });

  it('refuses malformed or oversized text', () => {
    for (const bad of [
      '1,,2',
      'abc',
      '[1,',
      '[1,2]',
      '1e999',
      'NaN',
      '[[1],"x"]',
      '[[1,2],[3]]',
      '[[1],2]',
      '[' + '['.repeat(9) + '1' + ']'.repeat(10),
      '1,2;3',
      '2x2:1,2,3',
      '2x:1,2',
      '-1:1',
      '40x40:0',
      Array(1001).fill(1).join(','),
    ]) {
      expect(decodeTensor(bad)).toBeNull();
    }
  });
});
