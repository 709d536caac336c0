import type { NestedNumbers } from '../../../src/index.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import { appStore } from '../../store/appStore.ts';
import { shapeOf } from '../nested.ts';
import { TensorEditor } from '../TensorEditor.tsx';

export interface TensorKeywordControlProps {
  readonly name: string;
  readonly loss: string;
  readonly value: NestedNumbers | null;
  readonly description: string;
  readonly onChange: (value: NestedNumbers | null) => void;
}

/** The class dimension of the example input: where `weight` and `pos_weight` apply. */
function classCount(loss: string): number {
  const input = appStore.getState().losses[loss]?.tensors['input'];
  const shape = input === undefined ? [] : shapeOf(input);
  return (shape.length >= 3 ? shape[1] : shape.at(-1)) ?? 1;
}

/** `weight=None` or an editable vector, switched by a toggle. */
export function TensorKeywordControl({
  name,
  loss,
  value,
  description,
  onChange,
}: TensorKeywordControlProps) {
  const t = useStrings();
  return (
    <div className="control tensor-keyword" role="group" aria-label={name}>
      <button
        type="button"
        role="switch"
        aria-checked={value !== null}
        aria-label={`${name} ≠ None`}
        className="switch"
        onClick={() =>
          onChange(value === null ? Array.from({ length: classCount(loss) }, () => 1) : null)
        }
      >
        <span className="control-name">{name}</span>
        <span className="switch-state">{value === null ? t.none : '[…]'}</span>
      </button>
      {value !== null && <TensorEditor arg={name} value={value} onChange={onChange} />}
      <p className="control-doc">{description}</p>
    </div>
  );
}
