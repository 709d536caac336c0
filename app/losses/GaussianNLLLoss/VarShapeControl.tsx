import { useId } from 'react';
import type { NestedNumbers } from '../../../src/index.ts';
import { shapeOf } from '../../panel/nested.ts';
import type { GaussianStrings } from './strings.ts';
import {
  reshapeVar,
  VAR_SHAPE_KINDS,
  varShapeFor,
  varShapeKind,
  type VarShapeKind,
} from './varShape.ts';

export interface VarShapeControlProps {
  readonly input: NestedNumbers;
  readonly variance: NestedNumbers;
  readonly text: GaussianStrings;
  readonly onChange: (variance: NestedNumbers) => void;
}

function shapeText(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
}

/**
 * Heteroscedastic (var shaped like input) or homoscedastic per sample (var of shape (N, 1) or
 * (N,)): a radio group that rewrites the example var. The layout is read from var's shape, so
 * the link carries it and there is no second copy of the truth.
 */
export function VarShapeControl({ input, variance, text, onChange }: VarShapeControlProps) {
  const id = useId();
  const inputShape = shapeOf(input);
  const current = varShapeKind(inputShape, shapeOf(variance));
  const label = (k: VarShapeKind) =>
    `${shapeText(varShapeFor(k, inputShape))} ${k === 'same' ? text.shapeSame : text.shapePerSample}`;
  return (
    <fieldset
      className="control segmented"
      role="radiogroup"
      aria-label={text.shapeName}
      aria-describedby={`${id}-doc`}
    >
      <legend className="control-name">{text.shapeName}</legend>
      <div className="segments">
        {VAR_SHAPE_KINDS.map((k) => (
          <label key={k} className={k === current ? 'segment selected' : 'segment'}>
            <input
              type="radio"
              name={`${id}-var-shape`}
              value={k}
              checked={k === current}
              onChange={() => onChange(reshapeVar(variance, inputShape, k))}
            />
            {label(k)}
          </label>
        ))}
      </div>
      <p id={`${id}-doc`} className="control-doc">
        {text.shapeDoc}
      </p>
    </fieldset>
  );
}
