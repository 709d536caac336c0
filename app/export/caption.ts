/** One entry of a figure's legend (an HTML list beside the SVG on screen). */
export interface LegendItem {
  readonly label: string;
  /** The swatch's colour and line style, as the page computed them. */
  readonly color: string;
  readonly style: 'solid' | 'dashed' | 'dotted';
  /** The exact dash of the curve, when the legend draws a sample of it (LinePlot does). */
  readonly dasharray?: string;
}

/** The text drawn above an exported figure, and its legend drawn below it. */
export interface Caption {
  readonly title: string;
  readonly lines: readonly string[];
  readonly legend: readonly LegendItem[];
}

/**
 * Places legend items left to right, wrapping into rows of at most `width`, each item as wide
 * as its swatch plus its label at `charWidth` per character.
 */
export function legendRows(
  labels: readonly string[],
  width: number,
  charWidth: number,
  swatch: number,
): { x: number; row: number }[] {
  const gap = 16;
  let x = 0;
  let row = 0;
  return labels.map((label) => {
    const w = swatch + 6 + label.length * charWidth;
    if (x > 0 && x + w > width) {
      x = 0;
      row++;
    }
    const at = { x, row };
    x += w + gap;
    return at;
  });
}

/**
 * Breaks a line of code-like text into lines of at most `max` characters, at `, ` where it
 * can (between keyword arguments), mid-token only when a single item is longer than a line.
 */
export function wrapCode(text: string, max: number): string[] {
  const items = text.split(/(?<=, )/);
  const lines: string[] = [];
  let line = '';
  for (const item of items) {
    if (line !== '' && (line + item).length > max) {
      lines.push(line.trimEnd());
      line = '    ';
    }
    line += item;
    while (line.length > max) {
      lines.push(line.slice(0, max));
      line = `    ${line.slice(max)}`;
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}

/** A CJK character, after which a line may break; other text breaks only at spaces. */
const TOKEN =
  /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef][\s]*|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]+\s*|\s+/g;

/**
 * Breaks prose (a figure title, in either language) into lines no wider than `max` as
 * `measure` reports widths: at spaces, or between Chinese characters.
 */
export function wrapText(text: string, max: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const token of text.match(TOKEN) ?? []) {
    if (line !== '' && measure((line + token).trimEnd()) > max) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line += token;
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}
