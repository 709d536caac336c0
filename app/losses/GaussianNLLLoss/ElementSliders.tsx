import { NumberControl } from '../../panel/controls/NumberControl.tsx';
import type { GaussianStrings } from './strings.ts';

export interface ElementSlidersProps {
  readonly where: string;
  readonly varWhere: string;
  readonly x: number;
  readonly v: number;
  readonly shared: boolean;
  readonly text: GaussianStrings;
  readonly onMean: (x: number) => void;
  readonly onVar: (v: number) => void;
}

/** Direct controls for the highlighted element's mean and variance (they edit the tensors). */
export function ElementSliders({
  where,
  varWhere,
  x,
  v,
  shared,
  text,
  onMean,
  onVar,
}: ElementSlidersProps) {
  return (
    <section className="element-sliders" aria-label={text.drive(where)}>
      <h3>{text.drive(where)}</h3>
      <p className="control-doc">{text.driveDoc}</p>
      <div className="element-sliders-row">
        <NumberControl
          name={text.mean(where)}
          value={x}
          min={-5}
          max={5}
          step={0.05}
          description={text.meanDoc}
          onChange={onMean}
        />
        <NumberControl
          name={text.variance(varWhere)}
          value={v}
          min={0}
          max={Math.max(5, Math.ceil(v))}
          step={0.01}
          description={text.varianceDoc(shared)}
          onChange={onVar}
        />
      </div>
    </section>
  );
}
