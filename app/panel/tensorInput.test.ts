import { describe, expect, it } from 'vitest';
import {
  formatTensorInput,
  parseTensorInput,
  shapeText,
  sizeText,
  type ExpectedShape,
} from './tensorInput.ts';

const vec4: ExpectedShape = { shape: [4] };
const mat22: ExpectedShape = { shape: [2, 2] };

describe('parseTensorInput', () => {
  it('reads Python lists, semicolon rows, spreadsheet blocks and torch.tensor calls', () => {
    const m = [
      [1, 2],
      [3, 4],
    ];
    for (const text of [
      '[[1, 2], [3, 4]]',
      '[[1 2] [3 4]]',
      '1,2;3,4',
      '1 2\n3 4\n',
      '1\t2\n3\t4',
      'torch.tensor([[1., 2.], [3., 4.]])',
      'tensor([[1, 2], [3, 4]], dtype=torch.float64, requires_grad=True)',
    ]) {
      expect(parseTensorInput(text, mat22)).toEqual({ ok: true, value: m });
    }
    expect(parseTensorInput('0.5, -2e-1, 3, .25', vec4)).toEqual({
      ok: true,
      value: [0.5, -0.2, 3, 0.25],
    });
    // One value per line, as a column copied from a spreadsheet.
    expect(parseTensorInput('1\n2\n3\n4', vec4)).toEqual({ ok: true, value: [1, 2, 3, 4] });
    expect(parseTensorInput(' 2.5 ', { shape: [] })).toEqual({ ok: true, value: 2.5 });
    expect(parseTensorInput('[[[1, 2]], [[3, 4]]]', { shape: [2, 1, 2] })).toEqual({
      ok: true,
      value: [[[1, 2]], [[3, 4]]],
    });
    expect(parseTensorInput('1, 2', { shape: [1, 2] })).toEqual({ ok: true, value: [[1, 2]] });
  });

  it('says which entry is not a number', () => {
    expect(parseTensorInput('1, 2, abc, 4', vec4)).toEqual({
      ok: false,
      error: { kind: 'notNumber', token: 'abc' },
    });
    for (const bad of ['NaN', 'inf', '1e999', '0x10', '1_000', '"1"'])
      expect(parseTensorInput(`[${bad}, 1, 2, 3]`, vec4)).toMatchObject({
        ok: false,
        error: { kind: 'notNumber' },
      });
    expect(parseTensorInput('<script>alert(1)</script>', vec4)).toMatchObject({
      ok: false,
      error: { kind: 'notNumber' },
    });
  });

  it('refuses unbalanced brackets, ragged rows and empty text', () => {
    for (const bad of ['[1, 2', '1, 2]]', '[[1, 2]] [3]', '[' + '['.repeat(20) + '1]'])
      expect(parseTensorInput(bad, vec4)).toMatchObject({ ok: false });
    expect(parseTensorInput('[1, 2', vec4)).toEqual({ ok: false, error: { kind: 'brackets' } });
    expect(parseTensorInput('[[1, 2], [3]]', mat22)).toEqual({
      ok: false,
      error: { kind: 'ragged' },
    });
    expect(parseTensorInput('1 2; 3', mat22)).toEqual({ ok: false, error: { kind: 'ragged' } });
    expect(parseTensorInput('  \n ', vec4)).toEqual({ ok: false, error: { kind: 'empty' } });
  });

  it('holds the text to the current shape, the batch dimension free where allowed', () => {
    expect(parseTensorInput('1, 2, 3', vec4)).toEqual({
      ok: false,
      error: { kind: 'shape', got: [3] },
    });
    expect(parseTensorInput('[[1, 2, 3, 4]]', vec4)).toEqual({
      ok: false,
      error: { kind: 'shape', got: [1, 4] },
    });
    const batch = { shape: [2, 2], batch: { min: 1, max: 3 } };
    expect(parseTensorInput('1 2; 3 4; 5 6', batch)).toMatchObject({ ok: true });
    expect(parseTensorInput('1 2; 3 4; 5 6; 7 8', batch)).toEqual({
      ok: false,
      error: { kind: 'shape', got: [4, 2] },
    });
    expect(parseTensorInput('1 2 3; 4 5 6', batch)).toEqual({
      ok: false,
      error: { kind: 'shape', got: [2, 3] },
    });
  });

  it('refuses 100 000 values by their length alone, at once', () => {
    const huge = Array.from({ length: 100_000 }, (_, i) => i % 10).join(', ');
    const start = performance.now();
    const result = parseTensorInput(huge, vec4);
    expect(performance.now() - start).toBeLessThan(50);
    expect(result).toEqual({ ok: false, error: { kind: 'tooLong', chars: huge.length } });
    // Short text with too many values is counted after reading.
    const many = Array.from({ length: 2000 }, () => '1').join(' ');
    expect(parseTensorInput(many, { shape: [2000] })).toEqual({
      ok: false,
      error: { kind: 'tooMany', count: 2000 },
    });
  });

  it('does not backtrack on a hostile torch.tensor( prefix', () => {
    const text = 'tensor(' + ', a='.repeat(4000);
    const start = performance.now();
    expect(parseTensorInput(text, vec4).ok).toBe(false);
    expect(performance.now() - start).toBeLessThan(100);
  });
});

describe('formatTensorInput', () => {
  it('writes a Python list literal that reads back to the same tensor', () => {
    const cases: [unknown, ExpectedShape][] = [
      [[0.5, -0, 3], { shape: [3] }],
      [
        [
          [1, 2],
          [3, 4],
        ],
        mat22,
      ],
      [7, { shape: [] }],
      [[[[1, 2]], [[3, 4]]], { shape: [2, 1, 2] }],
    ];
    for (const [value, expected] of cases) {
      const text = formatTensorInput(value as never);
      expect(parseTensorInput(text, expected)).toEqual({ ok: true, value });
    }
    expect(
      formatTensorInput([
        [1, 2],
        [3, 4],
      ]),
    ).toBe('[[1, 2],\n [3, 4]]');
  });
});

describe('shape text', () => {
  it('spells shapes as PyTorch does, with a free batch as its range', () => {
    expect(sizeText([4])).toBe('(4,)');
    expect(sizeText([2, 3])).toBe('(2, 3)');
    expect(sizeText([])).toBe('()');
    expect(shapeText({ shape: [4, 3], batch: { min: 1, max: 12 } })).toBe('(N, 3)');
    expect(shapeText({ shape: [4], batch: { min: 1, max: 12 } })).toBe('(N,)');
  });
});
