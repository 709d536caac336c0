import { currentPanel, findMainFigure } from './mainFigure.ts';

/** Where the handout's copied parts go (see Handout.tsx). */
export interface HandoutSlots {
  readonly top: HTMLElement;
  readonly figure: HTMLElement;
  readonly code: HTMLElement;
  readonly link: HTMLElement;
}

/** Attributes that must stay unique in the page, or that belong to the live panel only. */
const STRIP = ['id', 'data-testid', 'aria-live', 'tabindex', 'aria-labelledby', 'aria-describedby'];

/**
 * A copy of a live element for the printed page: identifiers renamed (clip paths point at the
 * copy's own `<clipPath>`, not at the hidden original), test ids and live regions dropped so
 * the copy is never mistaken for the panel.
 */
function printCopy<T extends Element>(source: T): T {
  const copy = source.cloneNode(true) as T;
  const all = [copy, ...copy.querySelectorAll('*')];
  const renamed = new Map<string, string>();
  for (const el of all) {
    const id = el.getAttribute('id');
    if (id) renamed.set(id, `handout-${id}`);
  }
  for (const el of all) {
    for (const attr of Array.from(el.attributes)) {
      const ref = /^url\(#(.+)\)$/.exec(attr.value);
      const target = ref?.[1] && renamed.get(ref[1]);
      if (target) el.setAttribute(attr.name, `url(#${target})`);
    }
    const id = el.getAttribute('id');
    for (const name of STRIP) el.removeAttribute(name);
    if (id && el instanceof SVGElement) el.setAttribute('id', renamed.get(id) ?? id);
  }
  for (const el of copy.querySelectorAll('.hover, [data-export="skip"]')) el.remove();
  return copy;
}

/**
 * Fills the print-only handout from the panel on screen: its header, formulas and result, the
 * main figure, the PyTorch code and the link back (the explanation stays on the page the link
 * opens: with it, a long example would not fit one sheet). Copies, so what is printed is exactly what
 * the student saw; refreshed before every print.
 */
export function fillHandout(slots: HandoutSlots): void {
  clearHandout(slots);
  const panel = currentPanel();
  if (!panel) return;
  const parts = [
    panel.querySelector('.panel-header'),
    ...Array.from(panel.querySelectorAll(':scope > .formula, .panel-main > .formula')).slice(0, 3),
    panel.querySelector('.loss-value'),
  ];
  for (const part of parts) if (part) slots.top.append(printCopy(part));
  const main = findMainFigure(panel);
  if (main) slots.figure.append(printCopy(main.figure));
  const code = panel.querySelector('.code pre');
  if (code) slots.code.append(printCopy(code));
  slots.link.textContent = window.location.href;
}

export function clearHandout(slots: HandoutSlots): void {
  for (const slot of [slots.top, slots.figure, slots.code]) slot.replaceChildren();
}
