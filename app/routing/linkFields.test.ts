import { describe, expect, it } from 'vitest';
import { getLoss, listLosses } from '../../src/index.ts';
import { createAppStore } from '../store/appState.ts';
import { formatHash, parseHash } from './hashState.ts';
import { applyLinkFields, defineLinkField, fieldTexts } from './linkField.ts';
import { LINK_FIELDS } from './linkFields.ts';

function store(selected = 'L1Loss') {
  return createAppStore({ lang: 'en', theme: 'system', selected });
}

/** What the shell does: the link of a store's state, and a store opened from a link. */
function linkOf(s: ReturnType<typeof store>): string {
  const st = s.getState();
  return formatHash(
    st.selected,
    st.losses[st.selected]!,
    st.lang,
    fieldTexts(st, st.selected, LINK_FIELDS),
  );
}
function open(hash: string) {
  const parsed = parseHash(hash);
  const s = store(parsed.loss);
  s.getState().loadLoss(parsed.loss, parsed.state);
  applyLinkFields(s.getState(), parsed.loss, parsed.fields, LINK_FIELDS);
  return { s, parsed };
}

describe('extra link fields', () => {
  it('have unique keys that no loss uses as a keyword or argument', () => {
    const keys = LINK_FIELDS.map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const { name } of listLosses()) {
      const meta = getLoss(name).meta;
      const taken = [...meta.keywords, ...meta.arguments].map((k) => k.name);
      for (const key of keys) expect(taken).not.toContain(key);
    }
  });

  it('refuse a key outside the feature.name pattern', () => {
    expect(() =>
      defineLinkField({
        key: 'margin',
        appliesTo: () => true,
        parse: () => 1,
        format: String,
        read: () => 1,
        write: () => undefined,
        initial: () => 1,
      }),
    ).toThrow(/feature\.name/);
  });

  it('carry the regression overlay choices and the fitted model through a link', () => {
    const s = store('MSELoss');
    const st = s.getState();
    st.setFitModel('line');
    st.setCurveShown('L1Loss', false);
    st.setCurveShown('HuberLoss', false);
    st.setOutlier({ t: 6.5, y: -0.75 });
    st.setParam('SmoothL1Loss', 'beta', 2.5);
    st.setParam('HuberLoss', 'delta', 0.25);
    const link = linkOf(s);
    expect(link).toBe(
      '#/MSELoss?v=2&lab.fit=line&lab.hide=L1Loss,HuberLoss&lab.outlier=6.5,-0.75&lab.beta=2.5&lab.delta=0.25&lang=en',
    );
    const { s: opened, parsed } = open(link);
    expect(parsed.notices).toEqual([]);
    expect(opened.getState().regressionLab).toEqual(s.getState().regressionLab);
    expect(opened.getState().losses['SmoothL1Loss']?.params['beta']).toBe(2.5);
    expect(opened.getState().losses['HuberLoss']?.params['delta']).toBe(0.25);
    expect(linkOf(opened)).toBe(link);
  });

  it('a link without them restores their initial values', () => {
    const s = store('L1Loss');
    s.getState().setFitModel('line');
    s.getState().setCurveShown('MSELoss', false);
    const parsed = parseHash('#/L1Loss?v=2');
    applyLinkFields(s.getState(), 'L1Loss', parsed.fields, LINK_FIELDS);
    expect(s.getState().regressionLab).toEqual(store().getState().regressionLab);
  });

  it('on SmoothL1Loss the overlay β is the page’s own beta, not a second field', () => {
    const s = store('SmoothL1Loss');
    s.getState().setParam('SmoothL1Loss', 'beta', 0.5);
    expect(linkOf(s)).toBe('#/SmoothL1Loss?v=2&beta=0.5&lang=en');
    expect(parseHash('#/SmoothL1Loss?lab.beta=2').notices[0]?.kind).toBe('unknownParam');
  });

  it('are ignored, with a notice, on pages they do not belong to or with bad values', () => {
    expect(parseHash('#/BCELoss?lab.fit=line').notices).toEqual([
      { kind: 'unknownParam', args: ['lab.fit'] },
    ]);
    const bad = parseHash(
      '#/L1Loss?lab.fit=cubic&lab.hide=L1Loss,L1Loss&lab.outlier=99,0&lab.beta=abc',
    );
    expect(bad.fields).toEqual({});
    expect(bad.notices.map((n) => n.args[0])).toEqual([
      'lab.fit',
      'lab.hide',
      'lab.outlier',
      'lab.beta',
    ]);
  });
});
