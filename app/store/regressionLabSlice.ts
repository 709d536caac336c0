import type { StateCreator } from 'zustand/vanilla';
import type { AppState } from './appState.ts';

/** What the outlier demonstration fits to the data: one constant, or a line a + b·t. */
export type FitModel = 'constant' | 'line';

export interface OutlierPoint {
  readonly t: number;
  readonly y: number;
}

export const DEFAULT_OUTLIER: OutlierPoint = { t: 7, y: 8 };

/**
 * The regression comparison's own inputs: where the user dragged the outlier, which model is
 * fitted, which curves are shown. Shared by the four regression panels (a student flipping from
 * MSELoss to L1Loss expects the same outlier); links carry it (`linkFields.ts` beside the
 * regression panels).
 */
export interface RegressionLabSlice {
  readonly regressionLab: {
    readonly outlier: OutlierPoint;
    readonly model: FitModel;
    /** Curves switched off in the overlay and the demo, by class name. */
    readonly hidden: readonly string[];
  };
  setOutlier(point: OutlierPoint): void;
  setFitModel(model: FitModel): void;
  setCurveShown(name: string, shown: boolean): void;
  /** Replaces the set of hidden curves (from a link). */
  setHiddenCurves(names: readonly string[]): void;
}

export const regressionLabSlice: StateCreator<AppState, [], [], RegressionLabSlice> = (set) => ({
  regressionLab: { outlier: DEFAULT_OUTLIER, model: 'constant', hidden: [] },
  setOutlier: (outlier) => set((s) => ({ regressionLab: { ...s.regressionLab, outlier } })),
  setFitModel: (model) => set((s) => ({ regressionLab: { ...s.regressionLab, model } })),
  setCurveShown: (name, shown) =>
    set((s) => {
      const rest = s.regressionLab.hidden.filter((n) => n !== name);
      return { regressionLab: { ...s.regressionLab, hidden: shown ? rest : [...rest, name] } };
    }),
  setHiddenCurves: (names) =>
    set((s) => ({ regressionLab: { ...s.regressionLab, hidden: names } })),
});
