import type { Caption, LegendItem } from './caption.ts';
import { composeSvg } from './composeSvg.ts';
import { download } from './download.ts';
import { currentPanel, findMainFigure } from './mainFigure.ts';
import { rasterize } from './rasterize.ts';

export type ExportFormat = 'svg' | 'png';

/** What the shell knows that the picture should say: the loss and its parameter values. */
export interface ExportContext {
  readonly name: string;
  /** E.g. `nn.SmoothL1Loss(reduction='sum', beta=0.5)`. */
  readonly call: string;
}

/** The result line as the panel shows it, e.g. `Result reduction='mean' = 0.875`. */
function resultLine(panel: Element): string | null {
  const label = panel.querySelector('.loss-value-label')?.textContent?.trim();
  const value = panel.querySelector('[data-testid="loss-value"]')?.textContent?.trim();
  return label && value ? `${label} = ${value}` : null;
}

/** The figure's HTML legend, read back with the colours and dashes the page gave it. */
function legendOf(figure: Element): LegendItem[] {
  return Array.from(figure.querySelectorAll('.legend li')).flatMap((li): LegendItem[] => {
    const label = li.textContent?.trim() ?? '';
    // A sample of the curve itself: its stroke and dash are the curve's.
    const sample = li.querySelector('.legend-line line');
    if (sample && label !== '') {
      const style = getComputedStyle(sample);
      const dash = style.strokeDasharray;
      return [
        {
          label,
          color: style.stroke,
          style: dash === 'none' ? 'solid' : 'dashed',
          dasharray: dash.replace(/px/g, '').replace(/,/g, ' '),
        },
      ];
    }
    const swatch = li.querySelector('[class*="swatch"]');
    if (!swatch || label === '') return [];
    const style = getComputedStyle(swatch);
    const line = style.borderTopStyle;
    return [
      {
        label,
        color: style.borderTopColor,
        style: line === 'dashed' || line === 'dotted' ? line : 'solid',
      },
    ];
  });
}

/**
 * Exports the current panel's main figure (see `findMainFigure`) as an SVG or a PNG file,
 * titled and with the parameter values on it. Returns the file name, or null when the page has
 * no figure.
 */
export async function exportFigure(
  format: ExportFormat,
  context: ExportContext,
): Promise<string | null> {
  const panel = currentPanel();
  const main = panel && findMainFigure(panel);
  if (!panel || !main) return null;
  const result = resultLine(panel);
  const caption: Caption = {
    title: main.title ? `nn.${context.name} · ${main.title}` : `nn.${context.name}`,
    lines: result ? [context.call, result] : [context.call],
    legend: legendOf(main.figure),
  };
  const svg = composeSvg(main.svg, caption);
  const fileName = `losslab-${context.name}.${format}`;
  const blob =
    format === 'svg' ? new Blob([svg.markup], { type: 'image/svg+xml' }) : await rasterize(svg, 2);
  download(blob, fileName);
  return fileName;
}
