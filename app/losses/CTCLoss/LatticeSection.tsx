import { memo, type KeyboardEvent, useCallback, useState } from 'react';
import type { CtcLattice } from '../../../src/index.ts';
import { formatNumber } from '../../format.ts';
import { Formula } from '../../panel/Formula.tsx';
import { SegmentedControl } from '../../panel/controls/SegmentedControl.tsx';
import { phaseView, stepForColumn, type LatticeView } from './animation.ts';
import { AnimationControls } from './AnimationControls.tsx';
import { CellFormula } from './CellFormula.tsx';
import type { Scale } from './cellText.ts';
import type { CtcModel } from './ctcModel.ts';
import { Lattice } from './Lattice.tsx';
import { operands, type Cell } from './latticeValues.ts';
import { Legend } from './Legend.tsx';
import { useAnimation } from './useAnimation.ts';
import { useCtcStrings } from './useCtcStrings.ts';

const RECURSIONS = String.raw`\begin{aligned}
\alpha_t(s) &= \big(\alpha_{t-1}(s) + \alpha_{t-1}(s-1) + [\,l'_s \ne \varepsilon,\ l'_s \ne l'_{s-2}\,]\;\alpha_{t-1}(s-2)\big)\; p_t(l'_s) \\
\beta_t(s) &= \big(\beta_{t+1}(s) + \beta_{t+1}(s+1) + [\,l'_{s+2} \ne \varepsilon,\ l'_{s+2} \ne l'_{s}\,]\;\beta_{t+1}(s+2)\big)\; p_t(l'_s) \\
\gamma_t(s) &= \frac{\alpha_t(s)\,\beta_t(s)}{p_t(l'_s)\; p(y \mid x)}, \qquad p(y \mid x) = \alpha_{T-1}(2L) + \alpha_{T-1}(2L-1)
\end{aligned}`;

export interface LatticeSectionProps {
  readonly lattice: CtcLattice;
  readonly model: CtcModel;
  readonly sample: readonly number[] | null;
}

/** The lattice with its view switches, animation controls and the cell being computed. */
export const LatticeSection = memo(function LatticeSection({
  lattice,
  model,
  sample,
}: LatticeSectionProps) {
  const s = useCtcStrings();
  const animation = useAnimation(lattice.frames);
  const { info } = animation;
  const states = lattice.extended.length;
  const [choice, setChoice] = useState<{ view: LatticeView; phase: string } | null>(null);
  const [scale, setScale] = useState<Scale>('prob');
  const [showViterbi, setShowViterbi] = useState(true);
  const [pinned, setPinned] = useState<Cell | null>(null);
  // A view picked by hand holds until the animation enters another phase.
  const view = choice && choice.phase === info.phase ? choice.view : phaseView(info.phase);
  const column = Math.min(info.column ?? pinned?.t ?? lattice.frames - 1, lattice.frames - 1);
  const row = Math.min(pinned?.s ?? lattice.viterbi?.states[column] ?? 0, states - 1);
  const focus: Cell = { t: column, s: row };
  const reads = operands(lattice, view, focus);
  const views: LatticeView[] = ['alpha', 'beta', 'posterior'];

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const actions: Record<string, () => void> = {
      ArrowRight: () => animation.go(info.step + 1),
      ArrowLeft: () => animation.go(info.step - 1),
      ArrowUp: () => setPinned({ t: column, s: Math.max(0, row - 1) }),
      ArrowDown: () => setPinned({ t: column, s: Math.min(states - 1, row + 1) }),
      Home: () => animation.go(0),
      End: () => animation.go(animation.last),
      ' ': animation.toggle,
    };
    const act = actions[e.key];
    if (!act) return;
    e.preventDefault();
    act();
  };
  const { go } = animation;
  const onCellClick = useCallback(
    (cell: Cell) => {
      setPinned(cell);
      if (info.phase !== 'posterior') go(stepForColumn(info.phase, cell.t, lattice.frames));
    },
    [info.phase, lattice.frames, go],
  );

  const impossible = !Number.isFinite(lattice.loss);
  const shown = `${s.viewName(view)}, ${s.stepText(info.phase, info.column, lattice.frames)}`;
  const summary = s.latticeSummary(
    model.word,
    lattice.frames,
    states,
    shown,
    formatNumber(Math.exp(lattice.logLikelihood)),
    formatNumber(lattice.loss),
    lattice.alignmentCount.toLocaleString('en-US'),
  );
  return (
    <section className="ctc-lattice-section" aria-labelledby="ctc-lattice-title">
      <h3 id="ctc-lattice-title">{s.lattice}</h3>
      <p className="control-doc">{s.latticeNote}</p>
      <Formula tex={RECURSIONS} label={s.recursion} />
      <div className="ctc-toolbar">
        <SegmentedControl
          name={s.view}
          value={s.viewName(view)}
          choices={views.map(s.viewName)}
          description={s.viewDoc}
          onChange={(v) =>
            setChoice({
              view: views.find((x) => s.viewName(x) === v) ?? 'alpha',
              phase: info.phase,
            })
          }
        />
        <SegmentedControl
          name={s.scale}
          value={scale === 'prob' ? s.scaleProb : s.scaleLog}
          choices={[s.scaleProb, s.scaleLog]}
          description={s.scaleDoc}
          onChange={(v) => setScale(v === s.scaleLog ? 'log' : 'prob')}
        />
        <label className="control ctc-check">
          <input
            type="checkbox"
            checked={showViterbi}
            onChange={(e) => setShowViterbi(e.target.checked)}
          />{' '}
          {s.viterbiToggle}
        </label>
      </div>
      <AnimationControls animation={animation} frames={lattice.frames} />
      {impossible && (
        <p className="compute-error ctc-impossible" role="status">
          {s.impossible(model.word, model.minFrames, lattice.frames)}
        </p>
      )}
      <div
        className="ctc-scroll ctc-lattice-frame"
        tabIndex={0}
        role="group"
        aria-label={s.latticeKeys}
        onKeyDown={onKeyDown}
      >
        <Lattice
          lattice={lattice}
          symbols={model.symbols}
          view={view}
          scale={scale}
          info={info}
          focus={focus}
          operands={reads}
          viterbi={showViterbi ? (lattice.viterbi?.states ?? null) : null}
          sample={sample}
          summary={summary}
          onCellClick={onCellClick}
        />
      </div>
      <Legend />
      {lattice.blockedSkips.map((st) => (
        <p key={st} className="ctc-hint">
          {s.blockedSkip(model.symbols[lattice.extended[st] ?? 0] ?? '?')}
        </p>
      ))}
      <h4>
        {s.computing}:{' '}
        {s.cellTitle(focus.t, focus.s, model.symbols[lattice.extended[focus.s] ?? 0] ?? '?')}
      </h4>
      <CellFormula
        lattice={lattice}
        symbols={model.symbols}
        logProbs={model.logProbs}
        view={view}
        cell={focus}
      />
    </section>
  );
});
