import type { CtcLattice } from '../../../src/index.ts';
import { texNumber } from '../../format.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import { Formula } from '../../panel/Formula.tsx';
import { flatten } from '../../panel/nested.ts';
import type { Evaluation } from '../../panel/useLossEvaluation.ts';

export interface LossBreakdownProps {
  readonly lattice: CtcLattice;
  readonly evaluation: Evaluation;
  readonly reduction: string;
  readonly zeroInfinity: boolean;
}

/**
 * The loss with this sequence's numbers: p(y|x) from the two end cells of α, its −log, and what
 * `reduction` (and `zero_infinity`) make of it. Every number is the core's.
 */
export function LossBreakdown({
  lattice,
  evaluation,
  reduction,
  zeroInfinity,
}: LossBreakdownProps) {
  const t = useStrings();
  const last = lattice.frames - 1;
  const [a, b] = lattice.ends;
  const alpha = (s: number) => texNumber(Math.exp(lattice.logAlpha[last]?.[s] ?? -Infinity), 3);
  const endsTex =
    a && b
      ? String.raw`\alpha_{${last}}(${a.s}) + \alpha_{${last}}(${b.s}) = ${alpha(a.s)} + ${alpha(b.s)}`
      : String.raw`\alpha_{${last}}(0) = ${alpha(0)}`;
  const p = texNumber(Math.exp(lattice.logLikelihood), 4);
  const infinite = !Number.isFinite(lattice.loss);
  const ell = String.raw`\ell = -\log p(y \mid x) = ${infinite ? '-\\log 0 = \\infty' : texNumber(lattice.loss)}`;
  const zeroed =
    infinite && zeroInfinity ? String.raw` \;\xrightarrow{\text{zero\_infinity}}\; 0` : '';
  const output = evaluation.ok ? evaluation.reduced.output : null;
  const result =
    output === null
      ? ''
      : typeof output === 'number'
        ? texNumber(output)
        : flatten(output)
            .map((v) => texNumber(v))
            .join(', ');
  const length = lattice.targets.length;
  const reduced =
    reduction === 'mean'
      ? String.raw`L = \frac{\ell}{|y|} = \frac{\ell}{${length}} = ${result}`
      : reduction === 'sum'
        ? String.raw`L = \textstyle\sum_n \ell_n = ${result}`
        : String.raw`L = [\,${result}\,]`;
  return (
    <Formula
      tex={String.raw`\begin{aligned} p(y \mid x) &= ${endsTex} = ${p} \\ ${ell.replace('=', '&=')}${zeroed} \\ ${reduced.replace('=', '&=')} \end{aligned}`}
      label={t.formulaLive}
      testId="formula-live"
    />
  );
}
