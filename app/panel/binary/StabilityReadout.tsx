import { precise } from './precise.ts';
import type { StabilityPoint } from './stabilityCode.ts';
import type { StabilityStrings } from './stabilityStrings.ts';

export interface StabilityReadoutProps {
  readonly point: StabilityPoint;
  /** BCELoss clamped a log at −100 for this logit. */
  readonly clamped: boolean;
  readonly text: StabilityStrings;
}

/** Both pipelines' numbers for one logit, side by side: probability, losses, gradients. */
export function StabilityReadout({ point, clamped, text }: StabilityReadoutProps) {
  const probabilityNote =
    point.probability === 1 ? text.exactlyOne : point.probability === 0 ? text.exactlyZero : null;
  return (
    <dl className="stability-readout">
      <dt>
        <code>{text.probability}</code>
      </dt>
      <dd data-testid="stability-probability" data-value={point.probability}>
        {precise(point.probability)}
        {probabilityNote && <span className="badge">{probabilityNote}</span>}
      </dd>
      <dt className="c1">
        <span className="swatch" aria-hidden="true" />
        <code>{text.naive}</code>
      </dt>
      <dd data-testid="stability-naive" data-value={point.naiveLoss}>
        <strong>{precise(point.naiveLoss)}</strong>
        <span className={clamped ? 'badge warning' : 'badge'}>
          {clamped ? text.clamped : text.notClamped}
        </span>
        <span
          className="stability-grad"
          data-testid="stability-naive-grad"
          data-value={point.naiveGrad}
        >
          {text.gradient}: {precise(point.naiveGrad)}
        </span>
      </dd>
      <dt className="c0">
        <span className="swatch" aria-hidden="true" />
        <code>{text.exact}</code>
      </dt>
      <dd data-testid="stability-exact" data-value={point.fusedLoss}>
        <strong>{precise(point.fusedLoss)}</strong>
        <span className="badge good">{text.stays}</span>
        <span
          className="stability-grad"
          data-testid="stability-exact-grad"
          data-value={point.fusedGrad}
        >
          {text.gradient}: {precise(point.fusedGrad)}
        </span>
      </dd>
    </dl>
  );
}
