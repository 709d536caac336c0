import { describe, expect, it } from 'vitest';
import { legendRows, wrapCode, wrapText } from './caption.ts';

describe('wrapping a constructor call for the figure caption', () => {
  it('keeps a short call on one line', () => {
    expect(wrapCode("nn.SmoothL1Loss(reduction='sum', beta=0.5)", 72)).toEqual([
      "nn.SmoothL1Loss(reduction='sum', beta=0.5)",
    ]);
  });

  it('breaks between keyword arguments and indents the rest', () => {
    const call =
      "nn.CrossEntropyLoss(weight=torch.tensor([1., 2., 3.]), ignore_index=1, reduction='sum', label_smoothing=0.1)";
    const lines = wrapCode(call, 48);
    expect(lines.map((l, i) => (i === 0 ? l : l.slice(4))).join(' ')).toBe(call);
    for (const l of lines.slice(0, -1)) expect(l.endsWith(',')).toBe(true);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(48);
    expect(lines[1]?.startsWith('    ')).toBe(true);
  });

  it('cuts an item longer than a line', () => {
    const lines = wrapCode('x'.repeat(25), 10);
    expect(lines.every((l) => l.length <= 10)).toBe(true);
    expect(lines.join('').replace(/ /g, '')).toBe('x'.repeat(25));
    expect(lines.length).toBe(4);
  });
});

describe('laying out a legend under an exported figure', () => {
  it('wraps items that do not fit the width into further rows', () => {
    expect(legendRows(['L1Loss', 'MSELoss', 'SmoothL1Loss(β=1)'], 200, 7, 24)).toEqual([
      { x: 0, row: 0 },
      { x: 88, row: 0 },
      { x: 0, row: 1 },
    ]);
  });
});

describe('wrapping a figure title', () => {
  const measure = (s: string) =>
    [...s].reduce((w, c) => w + (/[\u2e80-\u9fff]/.test(c) ? 2 : 1), 0);

  it('breaks English at spaces', () => {
    expect(wrapText('nn.CrossEntropyLoss · logits of sample 0', 22, measure)).toEqual([
      'nn.CrossEntropyLoss ·',
      'logits of sample 0',
    ]);
  });

  it('breaks Chinese between characters', () => {
    const lines = wrapText('样本 0 的 logits x：拖动柱子，或选中后用方向键调整', 20, measure);
    expect(lines[0]).toBe('样本 0 的 logits x：');
    expect(lines.every((l) => measure(l) <= 20)).toBe(true);
    const title = '样本 0 的 logits x：拖动柱子，或选中后用方向键调整';
    expect(lines.join('').replace(/\s/g, '')).toBe(title.replace(/\s/g, ''));
    expect(lines.length).toBeGreaterThan(1);
  });
});
