import { describe, expect, it } from 'vitest';
import { defaultLossState } from '../store/lossState.ts';
import { formatHash, parseHash } from './hashState.ts';
import { LINK_VERSION, migrateQuery } from './migrations.ts';

describe('links of earlier versions', () => {
  it('a version-1 link (no v) still opens with every setting', () => {
    const parsed = parseHash('#/SmoothL1Loss?beta=0.5&reduction=sum&lang=zh');
    expect(parsed.loss).toBe('SmoothL1Loss');
    expect(parsed.state.params).toEqual({
      ...defaultLossState('SmoothL1Loss').params,
      beta: 0.5,
      reduction: 'sum',
    });
    expect(parsed.lang).toBe('zh');
    expect(parsed.notices).toEqual([]);
  });

  it('version-1 JSON tensors, raw or percent-encoded as v1 wrote them, are migrated', () => {
    // What version 1's formatHash wrote for a column and for a one-element vector.
    const v1 = '#/MSELoss?input=%5B%5B1%5D,%5B2%5D%5D&target=%5B%5B0.5%5D,%5B-1%5D%5D&lang=en';
    const parsed = parseHash(v1);
    expect(parsed.notices).toEqual([]);
    expect(parsed.state.tensors['input']).toEqual([[1], [2]]);
    expect(parsed.state.tensors['target']).toEqual([[0.5], [-1]]);
    const typed = parseHash('#/L1Loss?input=[3]&target=[[[1,2]]]');
    expect(typed.state.tensors['input']).toEqual([3]);
    expect(typed.state.tensors['target']).toEqual([[[1, 2]]]);
    expect(typed.notices).toEqual([]);
  });

  it('the same JSON in a version-2 link is refused: only the migration reads it', () => {
    const parsed = parseHash('#/L1Loss?v=2&input=[3]');
    expect(parsed.state.tensors['input']).toEqual(defaultLossState('L1Loss').tensors['input']);
    expect(parsed.notices.map((n) => n.kind)).toEqual(['badParam']);
  });

  it('a migrated link is written back in today’s spelling and reads the same', () => {
    const parsed = parseHash('#/MSELoss?input=[[1],[2]]&target=[[0],[0]]');
    const again = formatHash(parsed.loss, parsed.state, 'en');
    expect(again).toBe(`#/MSELoss?v=${LINK_VERSION}&input=2x1:1,2&target=2x1:0,0&lang=en`);
    expect(parseHash(again).state).toEqual(parsed.state);
  });

  it('leaves values that are not JSON tensors alone', () => {
    const pairs = [
      { key: 'reduction', value: 'sum', raw: 'sum' },
      { key: 'input', value: '[1,', raw: '%5B1,' },
      { key: 'x', value: null, raw: '%' },
    ];
    expect(migrateQuery(pairs, 1)).toEqual(pairs);
    expect(migrateQuery(pairs, LINK_VERSION)).toEqual(pairs);
  });

  it('a link from a newer version opens as far as it can, with a notice', () => {
    const parsed = parseHash(`#/L1Loss?v=${LINK_VERSION + 1}&reduction=sum`);
    expect(parsed.state.params['reduction']).toBe('sum');
    expect(parsed.notices).toEqual([{ kind: 'newerLink', args: [String(LINK_VERSION + 1)] }]);
  });

  it('a malformed version is reported and read as today’s', () => {
    const parsed = parseHash('#/L1Loss?v=two&reduction=sum');
    expect(parsed.state.params['reduction']).toBe('sum');
    expect(parsed.notices).toEqual([{ kind: 'badParam', args: ['v', 'two'] }]);
  });
});
