import type { KeyboardEvent, PointerEvent } from 'react';
import { ariaNumber, formatNumber } from '../format.ts';

export interface BarColumnProps {
  readonly index: number;
  readonly value: number;
  /** Left edge and width of the bar's slot, in SVG units. */
  readonly x: number;
  readonly width: number;
  /** Pixel rows of the value, the baseline (0 or the nearest domain end), and the plot area. */
  readonly yValue: number;
  readonly yBase: number;
  readonly top: number;
  readonly bottom: number;
  readonly label: string;
  readonly highlighted: boolean;
  readonly highlightLabel: string | undefined;
  readonly overlayY: number | undefined;
  /** Present for an editable bar: its accessible name, range and handlers. */
  readonly slider?: {
    readonly name: string;
    readonly min: number;
    readonly max: number;
    readonly onKeyDown: (e: KeyboardEvent<SVGGElement>) => void;
    readonly onPointerDown: (e: PointerEvent<SVGGElement>) => void;
    readonly onPointerMove: (e: PointerEvent<SVGGElement>) => void;
    readonly onPointerUp: (e: PointerEvent<SVGGElement>) => void;
  };
}

/** One bar: a slider when editable (focus ring, value label, class label under the axis). */
export function BarColumn(props: BarColumnProps) {
  const { index, value, x, width, yValue, yBase, top, bottom, slider } = props;
  const barWidth = width * 0.62;
  const barX = x + (width - barWidth) / 2;
  const center = x + width / 2;
  const positive = yValue <= yBase;
  const text = formatNumber(value, 3);
  const body = (
    <>
      {slider && <rect className="bar-hit" x={x} y={top} width={width} height={bottom - top} />}
      <rect
        className={props.highlighted ? 'bar highlighted' : 'bar'}
        x={barX}
        width={barWidth}
        y={Math.min(yValue, yBase)}
        height={Math.max(1, Math.abs(yBase - yValue))}
        data-index={index}
      />
      {props.overlayY !== undefined && (
        <rect
          className="bar-overlay"
          x={barX - 3}
          width={barWidth + 6}
          y={Math.min(props.overlayY, yBase)}
          height={Math.max(1, Math.abs(yBase - props.overlayY))}
        />
      )}
      {slider && (
        <rect
          className="bar-focus"
          x={x + 1}
          y={top - 18}
          width={width - 2}
          height={bottom - top + 20}
          rx={4}
        />
      )}
      <text
        className="bar-value"
        x={center}
        y={positive ? Math.max(top - 4, yValue - 5) : Math.min(bottom + 12, yValue + 13)}
        textAnchor="middle"
      >
        {text}
      </text>
      <text className="bar-label" x={center} y={bottom + 16} textAnchor="middle">
        {props.label}
      </text>
      {props.highlighted && props.highlightLabel && (
        <text className="bar-label marked" x={center} y={bottom + 30} textAnchor="middle">
          {props.highlightLabel}
        </text>
      )}
    </>
  );
  if (!slider) return <g className="bar-column">{body}</g>;
  return (
    <g
      className="bar-column bar-slider"
      role="slider"
      tabIndex={0}
      aria-label={`${slider.name}: ${formatNumber(value)}`}
      aria-valuenow={ariaNumber(value)}
      aria-valuemin={ariaNumber(slider.min)}
      aria-valuemax={ariaNumber(slider.max)}
      aria-valuetext={formatNumber(value)}
      aria-orientation="vertical"
      onKeyDown={slider.onKeyDown}
      onPointerDown={slider.onPointerDown}
      onPointerMove={slider.onPointerMove}
      onPointerUp={slider.onPointerUp}
      onPointerCancel={slider.onPointerUp}
    >
      {body}
    </g>
  );
}
