/** SVG properties that CSS sets in app.css and that a standalone file must carry itself. */
const INHERITED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
  'visibility',
] as const;

/** Not inherited: written when they differ from their initial value. */
const OWN: readonly (readonly [string, string])[] = [
  ['opacity', '1'],
  ['dominant-baseline', 'auto'],
];

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Interactive-only parts that mean nothing in a picture: the hover readout, focus rings. */
const DROP = '.hover, .bar-focus, .focus-ring, [data-export="skip"]';

/**
 * A copy of an on-screen SVG whose every element carries, as a `style` attribute, the computed
 * values of the properties our stylesheet sets, so CSS variables become colours and the file
 * draws the same anywhere. Writes an inherited property only where it differs from the parent,
 * which keeps the file small.
 */
export function inlineStyles(source: SVGSVGElement): SVGSVGElement {
  const copy = source.cloneNode(true) as SVGSVGElement;
  const walk = (from: Element, to: Element, parent: CSSStyleDeclaration | null) => {
    const style = getComputedStyle(from);
    const decls: string[] = [];
    for (const prop of INHERITED) {
      const v = style.getPropertyValue(prop);
      if (v !== '' && (parent === null || parent.getPropertyValue(prop) !== v))
        decls.push(`${prop}:${v}`);
    }
    for (const [prop, initial] of OWN) {
      const v = style.getPropertyValue(prop);
      if (v !== '' && v !== initial && !decls.some((d) => d.startsWith(`${prop}:`)))
        decls.push(`${prop}:${v}`);
    }
    if (decls.length > 0) to.setAttribute('style', decls.join(';'));
    else to.removeAttribute('style');
    to.removeAttribute('tabindex');
    const fromKids = Array.from(from.children);
    const toKids = Array.from(to.children);
    fromKids.forEach((kid, i) => {
      const twin = toKids[i];
      if (!twin) return;
      if (kid.matches(DROP) || getComputedStyle(kid).display === 'none') twin.remove();
      else walk(kid, twin, style);
    });
  };
  walk(source, copy, null);
  copy.setAttribute('xmlns', SVG_NS);
  return copy;
}
