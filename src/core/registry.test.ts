import { describe, expect, it } from 'vitest';
import * as lazyCode from '../losses/code.browser.ts';
import { LOSSES } from '../losses/index.ts';
import { LOSS_METAS } from '../losses/metas.ts';
import { FAMILIES } from './meta.ts';
import { getLoss, listLosses, loadLossCode } from './registry.ts';

describe('the registry: metadata up front, code eager in Node and on demand in the browser', () => {
  it('lists the same metadata objects, in the same order, as the definitions', () => {
    expect(LOSS_METAS).toHaveLength(LOSSES.length);
    LOSSES.forEach((d, i) => expect(LOSS_METAS[i]).toBe(d.meta));
    expect(listLosses()).toBe(LOSS_METAS);
  });

  it('has every definition loaded in Node, and loadLossCode resolves at once', async () => {
    for (const d of LOSSES) expect(getLoss(d.meta.name)).toBe(d);
    await expect(loadLossCode('L1Loss')).resolves.toBeUndefined();
  });

  it('the browser loads a family at a time, each loss under its own name', async () => {
    expect(lazyCode.loadedLoss('L1Loss')).toBeUndefined();
    await lazyCode.loadFamily('regression');
    for (const d of LOSSES) {
      expect(lazyCode.loadedLoss(d.meta.name)).toBe(d.meta.family === 'regression' ? d : undefined);
    }
    for (const family of FAMILIES) await lazyCode.loadFamily(family);
    for (const d of LOSSES) expect(lazyCode.loadedLoss(d.meta.name)).toBe(d);
  });
});
