import type { TripletBreakdown } from '../../../src/index.ts';
import { useBilingual } from '../../i18n/useStrings.ts';
import { T } from './strings.ts';

/** What each mark of the triplet plane means, never by colour alone. */
export function TripletLegend({ b }: { b: TripletBreakdown }) {
  const text = useBilingual();
  const cosine = b.distance === 'cosine';
  return (
    <ul className="legend plane-legend">
      <li className="c3">
        <span className="field-key" aria-hidden="true">
          <span />
        </span>
        {text(T.legendShading)}
      </li>
      <li>
        <span className="swatch ball-swatch" aria-hidden="true" />
        {text(cosine ? T.legendRays : T.legendBall)}
      </li>
      <li>
        <span className="swatch ring-swatch" aria-hidden="true" />
        {text(cosine ? T.legendMarginRays : T.legendRing)}
      </li>
      {b.swap && (
        <li>
          <span className="swatch swap-ring-swatch" aria-hidden="true" />
          {text(T.legendSwapRing)}
        </li>
      )}
      <li className="c1">
        <span className="swatch arrow-swatch" aria-hidden="true" />
        {text(T.legendArrow)}
      </li>
    </ul>
  );
}
