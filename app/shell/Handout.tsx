import { useEffect, useRef } from 'react';
import { getLoss } from '../../src/index.ts';
import { pyValue } from '../code/pythonLiteral.ts';
import { fillHandout, clearHandout, type HandoutSlots } from '../export/handout.ts';
import { useBilingual, useStrings } from '../i18n/useStrings.ts';
import { useAppStore } from '../store/appStore.ts';
import { SHELL } from './strings.ts';

let slots: HandoutSlots | null = null;

/** Fills the handout now (the print button calls this before `window.print()`). */
export function prepareHandout(): void {
  if (slots) fillHandout(slots);
}

/**
 * The one-page handout that the print stylesheet shows instead of the app: the loss's header,
 * formula and result, its main figure, every keyword's value, the PyTorch code and the link
 * that reopens the example. Hidden on screen; filled from the live panel before each print
 * (Print handout button or the browser's own Print) and emptied after.
 */
export function Handout() {
  const t = useStrings();
  const text = useBilingual();
  const name = useAppStore((s) => s.selected);
  const params = useAppStore((s) => s.losses[s.selected]?.params);
  const top = useRef<HTMLDivElement>(null);
  const figure = useRef<HTMLDivElement>(null);
  const code = useRef<HTMLDivElement>(null);
  const link = useRef<HTMLElement>(null);

  useEffect(() => {
    if (!top.current || !figure.current || !code.current || !link.current) return;
    const own: HandoutSlots = {
      top: top.current,
      figure: figure.current,
      code: code.current,
      link: link.current,
    };
    slots = own;
    const fill = () => fillHandout(own);
    const clear = () => clearHandout(own);
    window.addEventListener('beforeprint', fill);
    window.addEventListener('afterprint', clear);
    return () => {
      slots = null;
      window.removeEventListener('beforeprint', fill);
      window.removeEventListener('afterprint', clear);
    };
  }, []);

  return (
    <div className="handout" aria-hidden="true">
      <div ref={top} className="handout-top" />
      <div className="handout-middle">
        <div ref={figure} className="handout-figure" />
        <section className="handout-params">
          <h3>{t.parameters}</h3>
          <table>
            <tbody>
              {getLoss(name).meta.keywords.map((kw) => (
                <tr key={kw.name}>
                  <th scope="row">
                    <code>{kw.name}</code>
                  </th>
                  <td>
                    <code>{pyValue(params?.[kw.name] ?? kw.default)}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>
      <div ref={code} className="handout-code" />
      <p className="handout-link">
        {text(SHELL.handoutLink)} <code ref={link} />
      </p>
    </div>
  );
}
