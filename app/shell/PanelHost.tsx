import { createElement, lazy, Suspense, useState, type ComponentType } from 'react';
import { listLosses, loadLossCode } from '../../src/index.ts';
import { loadContent } from '../losses/contents.ts';
import { PANEL_LOADERS } from '../losses/panels.ts';
import type { PanelProps } from '../losses/types.ts';
import { useStrings } from '../i18n/useStrings.ts';
import { appStore, useAppStore } from '../store/appStore.ts';
import { ClassroomToolbar } from './ClassroomToolbar.tsx';
import { PanelErrorBoundary } from './PanelErrorBoundary.tsx';

type PanelModule = { default: ComponentType<PanelProps> };

const loadMetadataPanel = (): Promise<PanelModule> =>
  import('../panel/MetadataPanel.tsx').then((m) => ({ default: m.MetadataPanel }));

/**
 * Everything a loss's page needs, fetched in parallel: its panel (or the metadata view if a
 * loss has no panel), its teaching content, and the compute code of its family.
 */
async function loadPage(name: string): Promise<PanelModule> {
  const [panel] = await Promise.all([
    (PANEL_LOADERS[name] ?? loadMetadataPanel)(),
    loadContent(name),
    loadLossCode(name),
  ]);
  return panel;
}

const lazyPage = (name: string) => lazy(() => loadPage(name));

/**
 * One lazy component per loss, created once: a page's code loads on its first visit. A failed
 * load (offline, a redeployed site) stays failed inside React.lazy, so resetting a panel
 * replaces its entry with a fresh one that loads again.
 */
const PAGES = new Map(listLosses().map(({ name }) => [name, lazyPage(name)]));

/** Shows the selected loss's page, loading its code on first use. */
export function PanelHost() {
  const selected = useAppStore((s) => s.selected);
  const strings = useStrings();
  // Bumped by a reset, so the host renders again with the page's fresh lazy component.
  const [attempt, setAttempt] = useState(0);
  const Page = PAGES.get(selected);
  return (
    <main className="panel-host" id="main" tabIndex={-1}>
      <ClassroomToolbar />
      <PanelErrorBoundary
        name={selected}
        strings={strings}
        onReset={() => {
          appStore.getState().resetLoss(selected);
          if (PAGES.has(selected)) PAGES.set(selected, lazyPage(selected));
          setAttempt(attempt + 1);
        }}
      >
        {Page && (
          <Suspense fallback={<div className="panel loading" aria-busy="true" />}>
            {/* createElement: the component comes from the module-level table above, not from render. */}
            {createElement(Page, { key: `${selected}#${attempt}`, name: selected })}
          </Suspense>
        )}
      </PanelErrorBoundary>
    </main>
  );
}
