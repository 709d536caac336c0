import { describe, expect, it } from 'vitest';
import { FAMILIES, listLosses } from '../src/index.ts';
import { loadContent } from './losses/contents.ts';
import { EXAMPLES } from './losses/examples.ts';

/** The 21 losses of torch.nn, which the catalog must show. */
const TORCH_NN_LOSSES = [
  'L1Loss',
  'MSELoss',
  'SmoothL1Loss',
  'HuberLoss',
  'CrossEntropyLoss',
  'NLLLoss',
  'BCELoss',
  'BCEWithLogitsLoss',
  'PoissonNLLLoss',
  'GaussianNLLLoss',
  'KLDivLoss',
  'MarginRankingLoss',
  'HingeEmbeddingLoss',
  'SoftMarginLoss',
  'MultiLabelMarginLoss',
  'MultiLabelSoftMarginLoss',
  'MultiMarginLoss',
  'TripletMarginLoss',
  'TripletMarginWithDistanceLoss',
  'CosineEmbeddingLoss',
  'CTCLoss',
];

describe('core metadata drives the catalog', () => {
  const metas = listLosses();

  it('covers all 21 torch.nn losses, each once', () => {
    expect([...metas.map((m) => m.name)].sort()).toEqual([...TORCH_NN_LOSSES].sort());
  });

  it.each(metas.map((m) => [m.name, m] as const))('%s is complete and bilingual', (_name, meta) => {
    expect(FAMILIES).toContain(meta.family);
    expect(meta.summary.en.length).toBeGreaterThan(10);
    expect(meta.summary.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(meta.arguments.length).toBeGreaterThan(0);
    for (const kw of meta.keywords) {
      expect(kw.doc.en.length, kw.name).toBeGreaterThan(5);
      expect(kw.doc.zh, kw.name).toMatch(/[\u4e00-\u9fff]/);
      if (kw.kind === 'number') {
        expect(kw.min).toBeLessThan(kw.max);
        expect(kw.step).toBeGreaterThan(0);
        expect(kw.default).toBeGreaterThanOrEqual(kw.min);
        expect(kw.default).toBeLessThanOrEqual(kw.max);
      }
      if (kw.kind === 'reduction' || kw.kind === 'choice') expect(kw.choices).toContain(kw.default);
    }
    for (const a of meta.arguments) expect(a.doc.zh).toMatch(/[\u4e00-\u9fff]/);
  });

  it.each(metas.map((m) => m.name))(
    '%s has teaching content with a formula and examples',
    async (name) => {
      const content = await loadContent(name);
      expect(content?.formula.length).toBeGreaterThan(5);
      expect(Object.keys(content?.example ?? {}).length).toBeGreaterThan(0);
      expect(EXAMPLES[name]).toBe(content?.example);
    },
  );
});
