/** The panel's figure to export or print, and its title. */
export interface MainFigure {
  readonly figure: Element;
  readonly svg: SVGSVGElement;
  readonly title: string;
}

/**
 * Which figure of a panel is "the" figure: the one a panel marks with `data-figure="main"`
 * (on the `<figure>` or the `<svg>`), else the first `<figure>` with an `<svg>` in the panel's
 * main column, else the first in the panel. Every built panel shows its key plot first, so the
 * attribute is only needed by a panel whose first picture is a secondary one.
 */
export function findMainFigure(panel: Element): MainFigure | null {
  const marked = panel.querySelector('[data-figure="main"]');
  const candidates = [
    marked,
    ...panel.querySelectorAll('.panel-main figure'),
    ...panel.querySelectorAll('figure'),
  ];
  for (const el of candidates) {
    if (!el) continue;
    const svg = el instanceof SVGSVGElement ? el : el.querySelector('svg');
    if (!svg) continue;
    const figure = el.closest('figure') ?? el;
    const caption = figure.querySelector('figcaption')?.textContent?.trim();
    const title = caption || svg.getAttribute('aria-label') || '';
    return { figure, svg, title };
  }
  return null;
}

/** The panel on screen. */
export function currentPanel(): Element | null {
  return document.querySelector('#main article.panel');
}
