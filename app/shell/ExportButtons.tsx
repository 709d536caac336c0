import { useState } from 'react';
import { constructorCall } from '../code/pythonLiteral.ts';
import { useBilingual } from '../i18n/useStrings.ts';
import { PANEL_LOADERS } from '../losses/panels.ts';
import { appStore, useAppStore } from '../store/appStore.ts';
import type { Bilingual } from '../../src/index.ts';
import { prepareHandout } from './Handout.tsx';
import { SHELL } from './strings.ts';

/**
 * Figure as SVG, figure as PNG, and the printable handout. The export code loads on first use,
 * so the first screen does not carry it.
 */
export function ExportButtons() {
  const text = useBilingual();
  const selected = useAppStore((s) => s.selected);
  const [message, setMessage] = useState<Bilingual | null>(null);
  const hasFigure = selected in PANEL_LOADERS;

  const save = async (format: 'svg' | 'png') => {
    const s = appStore.getState();
    const params = s.losses[s.selected]?.params ?? {};
    try {
      const { exportFigure } = await import('../export/exportFigure.ts');
      const file = await exportFigure(format, {
        name: s.selected,
        call: constructorCall(s.selected, params),
      });
      setMessage(file ? SHELL.saved(file) : SHELL.noFigure);
    } catch (e) {
      setMessage(SHELL.exportFailed(e instanceof Error ? e.message : String(e)));
    }
  };

  return (
    <>
      <button type="button" disabled={!hasFigure} onClick={() => void save('svg')}>
        {text(SHELL.exportSvg)}
      </button>
      <button type="button" disabled={!hasFigure} onClick={() => void save('png')}>
        {text(SHELL.exportPng)}
      </button>
      <button
        type="button"
        onClick={() => {
          prepareHandout();
          window.print();
        }}
      >
        {text(SHELL.printHandout)}
      </button>
      <span className="toolbar-status" role="status">
        {message && text(message)}
      </span>
    </>
  );
}
