import { legendRows, wrapCode, wrapText, type Caption } from './caption.ts';
import { inlineStyles } from './inlineStyles.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
const PAD = 14;
const TITLE_SIZE = 16;
const TITLE_LINE = 20;
const LINE_SIZE = 12;
/** Width of one monospace character at LINE_SIZE, for wrapping the parameter lines. */
const CHAR_WIDTH = LINE_SIZE * 0.62;
const LEGEND_SIZE = 12;
const LEGEND_ROW = 20;
const SWATCH = 24;
const DASH = { solid: 'none', dashed: '8 4', dotted: '2 4' } as const;

export interface StandaloneSvg {
  readonly markup: string;
  /** The picture's size in SVG user units (CSS pixels at 100 %). */
  readonly width: number;
  readonly height: number;
}

/** Text widths in a given CSS font, as the browser will draw them. */
function measurer(font: string): (text: string) => number {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return (text) => text.length * 9;
  ctx.font = font;
  return (text) => ctx.measureText(text).width;
}

function el<K extends keyof SVGElementTagNameMap>(
  name: K,
  attrs: Readonly<Record<string, string | number>>,
  text?: string,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * The figure as a file that stands alone: the page's colours and line styles inlined, on the
 * page's background, with the loss's name, the figure's title and the parameter values drawn
 * above it and its legend below. Built with DOM calls and serialised by the browser, so every text is escaped.
 */
export function composeSvg(source: SVGSVGElement, caption: Caption): StandaloneSvg {
  const box = source.viewBox.baseVal;
  const rect = source.getBoundingClientRect();
  const width = box && box.width > 0 ? box.width : rect.width;
  const figureHeight = box && box.height > 0 ? box.height : rect.height;
  const font = getComputedStyle(document.body).fontFamily;
  const maxChars = Math.max(20, Math.floor((width - 2 * PAD) / CHAR_WIDTH));
  const lines = caption.lines.flatMap((l) => wrapCode(l, maxChars));
  const titles = wrapText(caption.title, width - 2 * PAD, measurer(`700 ${TITLE_SIZE}px ${font}`));
  const titleHeight = TITLE_SIZE + (titles.length - 1) * TITLE_LINE;
  const header = PAD + titleHeight + lines.length * (LINE_SIZE + 5) + PAD / 2;
  const placed = legendRows(
    caption.legend.map((item) => item.label),
    width - 2 * PAD,
    LEGEND_SIZE * 0.6,
    SWATCH,
  );
  const rows = placed.length === 0 ? 0 : Math.max(...placed.map((p) => p.row)) + 1;
  const height = header + figureHeight + (rows > 0 ? rows * LEGEND_ROW + PAD / 2 : 0);

  const root = getComputedStyle(document.documentElement);
  const bg = root.getPropertyValue('--bg').trim() || '#ffffff';
  const fg = root.getPropertyValue('--fg').trim() || '#000000';
  const muted = root.getPropertyValue('--muted').trim() || fg;

  const svg = el('svg', {
    xmlns: SVG_NS,
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    role: 'img',
    'aria-label': `${caption.title}. ${caption.lines.join('. ')}`,
    'font-family': font,
  });
  svg.append(el('title', {}, caption.title));
  svg.append(el('rect', { x: 0, y: 0, width, height, fill: bg }));
  titles.forEach((title, i) => {
    const y = PAD + TITLE_SIZE - 2 + i * TITLE_LINE;
    svg.append(
      el('text', { x: PAD, y, 'font-size': TITLE_SIZE, 'font-weight': 700, fill: fg }, title),
    );
  });
  lines.forEach((line, i) => {
    const y = PAD + titleHeight + (i + 1) * (LINE_SIZE + 5) - 2;
    svg.append(
      el(
        'text',
        {
          x: PAD,
          y,
          'font-size': LINE_SIZE,
          'font-family': 'ui-monospace, Menlo, Consolas, monospace',
          fill: muted,
        },
        // SVG collapses leading spaces; no-break spaces keep a wrapped line's indent.
        line.replace(/^ +/, (m) => '\u00a0'.repeat(m.length)),
      ),
    );
  });
  const figure = inlineStyles(source);
  figure.removeAttribute('class');
  figure.setAttribute('x', '0');
  figure.setAttribute('y', String(header));
  figure.setAttribute('width', String(width));
  figure.setAttribute('height', String(figureHeight));
  svg.append(figure);
  caption.legend.forEach((item, i) => {
    const at = placed[i];
    if (!at) return;
    const x = PAD + at.x;
    const y = header + figureHeight + at.row * LEGEND_ROW + LEGEND_ROW / 2;
    const line = el('line', {
      x1: x,
      x2: x + SWATCH,
      y1: y,
      y2: y,
      stroke: item.color,
      'stroke-width': 3,
      'stroke-dasharray': item.dasharray ?? DASH[item.style],
    });
    const label = el(
      'text',
      { x: x + SWATCH + 6, y: y + 4, 'font-size': LEGEND_SIZE, fill: fg },
      item.label,
    );
    svg.append(line, label);
  });
  const markup = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}`;
  return { markup, width, height };
}
