import { createElement, lazy, Suspense, type ComponentType } from 'react';
import { listLosses, loadLossCode } from '../../src/index.ts';
import { loadContent } from '../losses/contents.ts';
import { PANEL_LOADERS } from '../losses/panels.ts';
import type { PanelProps } from '../losses/types.ts';
import { useStrings } from '../i18n/useStrings.ts';
import { appStore, useAppStore } from '../store/appStore.ts';
import { PanelErrorBoundary } from './PanelErrorBoundary.tsx';

type PanelModule = { default: ComponentType<PanelProps> };

const loadMetadataPanel = (): Promise<PanelModule> =>
  import('../panel/MetadataPanel.tsx').then((m) => ({ default: m.MetadataPanel }));

/**
 * Everything a loss's page needs, fetched in parallel: its panel (or the metadata view while the
 * panel is not built yet), its teaching content, and the compute code of its family.
 */
async function loadPage(name: string): Promise<PanelModule> {
  const [panel] = await Promise.all([
    (PANEL_LOADERS[name] ?? loadMetadataPanel)(),
    loadContent(name),
    loadLossCode(name),
  ]);
  return panel;
}

/** One lazy component per loss, created once: a page's code loads on its first visit. */
const PAGES = new Map(listLosses().map(({ name }) => [name, lazy(() => loadPage(name))]));

/** Shows the selected loss's panel, or its metadata view while the panel is not built yet. */
export function PanelHost() {
  const selected = useAppStore((s) => s.selected);
  const strings = useStrings();
  const Page = PAGES.get(selected);
  return (
    <main className="panel-host" id="main">
      <PanelErrorBoundary
        name={selected}
        strings={strings}
        onReset={() => appStore.getState().resetLoss(selected)}
      >
        {Page && (
          <Suspense fallback={<div className="panel loading" aria-busy="true" />}>
            {/* createElement: the component comes from the module-level table above, not from render. */}
            {createElement(Page, { key: selected, name: selected })}
          </Suspense>
        )}
      </PanelErrorBoundary>
    </main>
  );
}
