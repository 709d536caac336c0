import type { ReactNode } from 'react';
import { pytorchCode, type PytorchCodeOptions } from '../code/pytorchCode.ts';
import { useStrings } from '../i18n/useStrings.ts';
import { CONTENTS } from '../losses/contents.ts';
import type { LossState } from '../store/lossState.ts';
import { CodeBlock } from './CodeBlock.tsx';
import { Controls } from './Controls.tsx';
import { ExampleTensors } from './ExampleTensors.tsx';
import { Formula } from './Formula.tsx';
import { PanelHeader } from './PanelHeader.tsx';
import { ReducedLoss } from './ReducedLoss.tsx';
import { TeachingNotes } from './TeachingNotes.tsx';
import type { Evaluation } from './useLossEvaluation.ts';

export interface PanelFrameProps {
  readonly name: string;
  readonly state: LossState;
  readonly evaluation: Evaluation;
  /** The formula with the highlighted element's numbers, as TeX (null while PyTorch refuses). */
  readonly liveTex: string | null;
  /** Plots and views of the main column, below the result. */
  readonly children: ReactNode;
  /** Shown between the formula and its live values (e.g. a correction to the course notes). */
  readonly afterFormula?: ReactNode;
  /** Panel-specific controls at the top of the side column (not keywords). */
  readonly sideControls?: ReactNode;
  /** Keywords the panel renders itself. */
  readonly exclude?: readonly string[];
  readonly explainError?: (message: string) => string | null;
  /** Arguments whose cells line up with the elements (see ExampleTensors); all by default. */
  readonly highlightArgs?: readonly string[];
  /** 'row' for (N, D) embeddings whose loss has one value per row (see ExampleTensors). */
  readonly highlightBy?: 'element' | 'row';
  /** How the PyTorch code spells what the metadata alone cannot (integer targets, callables). */
  readonly codeOptions?: PytorchCodeOptions;
  /** A full-width section after the main grid, before the PyTorch code. */
  readonly below?: ReactNode;
}

/**
 * The common frame of a loss panel: header, formula with live values, reduction with its numbers,
 * the result, the panel's own plots, keyword controls and example tensors, the PyTorch code and
 * the teaching notes.
 */
export function PanelFrame({
  name,
  state,
  evaluation,
  liveTex,
  children,
  afterFormula,
  sideControls,
  exclude,
  explainError,
  highlightArgs,
  highlightBy,
  codeOptions,
  below,
}: PanelFrameProps) {
  const t = useStrings();
  const content = CONTENTS[name];
  const reduction = String(state.params['reduction'] ?? 'mean');
  return (
    <article className="panel" aria-label={name}>
      <PanelHeader name={name} />
      <div className="panel-grid">
        <div className="panel-main">
          {content && <Formula tex={content.formula} label={`${t.formula}: ${name}`} />}
          {afterFormula}
          {liveTex !== null && (
            <Formula tex={liveTex} label={t.formulaLive} testId="formula-live" />
          )}
          <ReducedLoss evaluation={evaluation} reduction={reduction} />
          {children}
        </div>
        <div className="panel-side">
          <h3>{t.parameters}</h3>
          {sideControls}
          <Controls name={name} {...(exclude ? { exclude } : {})} />
          <ExampleTensors
            name={name}
            state={state}
            evaluation={evaluation}
            {...(explainError ? { explainError } : {})}
            {...(highlightArgs ? { highlightArgs } : {})}
            {...(highlightBy ? { highlightBy } : {})}
          />
        </div>
      </div>
      {below}
      <CodeBlock
        code={pytorchCode(name, state, evaluation.ok ? evaluation.reduced : null, codeOptions)}
      />
      {content && <TeachingNotes content={content} />}
    </article>
  );
}
