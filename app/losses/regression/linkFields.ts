import { getLoss } from '../../../src/index.ts';
import { defineLinkField, type LinkField } from '../../routing/linkField.ts';
import { parseKeyword, parseLinkNumber } from '../../routing/keywordText.ts';
import { DEFAULT_OUTLIER, type FitModel } from '../../store/regressionLabSlice.ts';
import { OUTLIER_BOUNDS } from './outlierData.ts';
import { REGRESSION_LOSSES, type RegressionLoss } from './regressionLosses.ts';

const isRegression = (loss: string): loss is RegressionLoss =>
  (REGRESSION_LOSSES as readonly string[]).includes(loss);

const FIT_MODELS: readonly FitModel[] = ['constant', 'line'];

/** The fitted model of the outlier demo: `lab.fit=line`. */
const fit = defineLinkField<FitModel>({
  key: 'lab.fit',
  appliesTo: isRegression,
  parse: (text) => FIT_MODELS.find((m) => m === text),
  format: (m) => m,
  read: (s) => s.regressionLab.model,
  write: (s, _loss, m) => s.setFitModel(m),
  initial: () => 'constant',
});

/** Curves switched off in the overlay, in menu order: `lab.hide=MSELoss,HuberLoss`. */
const hide = defineLinkField<readonly RegressionLoss[]>({
  key: 'lab.hide',
  appliesTo: isRegression,
  parse: (text) => {
    const names = text === '' ? [] : text.split(',');
    if (!names.every(isRegression) || new Set(names).size !== names.length) return undefined;
    return REGRESSION_LOSSES.filter((n) => names.includes(n));
  },
  format: (names) => REGRESSION_LOSSES.filter((n) => names.includes(n)).join(','),
  read: (s) => REGRESSION_LOSSES.filter((n) => s.regressionLab.hidden.includes(n)),
  write: (s, _loss, names) => s.setHiddenCurves(names),
  initial: () => [],
});

const within = (v: number, [lo, hi]: readonly [number, number]) => v >= lo && v <= hi;

/** Where the outlier was dragged, as `t,y`: `lab.outlier=7,2.5`. */
const outlier = defineLinkField<{ readonly t: number; readonly y: number }>({
  key: 'lab.outlier',
  appliesTo: isRegression,
  parse: (text) => {
    const [tText = '', yText = '', ...rest] = text.split(',');
    const t = parseLinkNumber(tText);
    const y = parseLinkNumber(yText);
    if (rest.length > 0 || t === undefined || y === undefined) return undefined;
    return within(t, OUTLIER_BOUNDS.t) && within(y, OUTLIER_BOUNDS.y) ? { t, y } : undefined;
  },
  format: (p) => `${p.t},${p.y}`,
  read: (s) => s.regressionLab.outlier,
  write: (s, _loss, p) => s.setOutlier(p),
  initial: () => DEFAULT_OUTLIER,
});

/**
 * The overlay's β and δ are SmoothL1Loss's beta and HuberLoss's delta: on the other regression
 * pages the link carries them as `lab.beta` / `lab.delta` (on their own page they are the
 * page's keyword already).
 */
function borrowedKeyword(owner: RegressionLoss, keyword: string, key: string): LinkField {
  const kw = getLoss(owner).meta.keywords.find((k) => k.name === keyword);
  if (kw?.kind !== 'number') throw new Error(`internal: ${owner}.${keyword} is not a number`);
  return defineLinkField<number>({
    key,
    appliesTo: (loss) => isRegression(loss) && loss !== owner,
    parse: (text) => {
      const v = parseKeyword(kw, text);
      return typeof v === 'number' ? v : undefined;
    },
    format: String,
    read: (s) => {
      const v = s.losses[owner]?.params[keyword];
      return typeof v === 'number' ? v : kw.default;
    },
    write: (s, _loss, v) => s.setParam(owner, keyword, v),
    initial: () => kw.default,
  });
}

/** Everything the regression comparison needs to look the same for whoever opens the link. */
export const REGRESSION_LINK_FIELDS: readonly LinkField[] = [
  fit,
  hide,
  outlier,
  borrowedKeyword('SmoothL1Loss', 'beta', 'lab.beta'),
  borrowedKeyword('HuberLoss', 'delta', 'lab.delta'),
];
