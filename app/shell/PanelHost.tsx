import { createElement, lazy, Suspense } from 'react';
import { PANEL_LOADERS } from '../losses/panels.ts';
import { MetadataPanel } from '../panel/MetadataPanel.tsx';
import { useStrings } from '../i18n/useStrings.ts';
import { appStore, useAppStore } from '../store/appStore.ts';
import { ClassroomToolbar } from './ClassroomToolbar.tsx';
import { PanelErrorBoundary } from './PanelErrorBoundary.tsx';

/** One lazy component per built panel, created once: a panel's code loads on first visit. */
const PANELS = new Map(Object.entries(PANEL_LOADERS).map(([name, load]) => [name, lazy(load)]));

/** Shows the selected loss's panel, or its metadata view while the panel is not built yet. */
export function PanelHost() {
  const selected = useAppStore((s) => s.selected);
  const strings = useStrings();
  const Panel = PANELS.get(selected);
  return (
    <main className="panel-host" id="main">
      <ClassroomToolbar />
      <PanelErrorBoundary
        name={selected}
        strings={strings}
        onReset={() => appStore.getState().resetLoss(selected)}
      >
        {Panel ? (
          <Suspense fallback={<div className="panel loading" aria-busy="true" />}>
            {/* createElement: the component comes from the module-level table above, not from render. */}
            {createElement(Panel, { key: selected, name: selected })}
          </Suspense>
        ) : (
          <MetadataPanel name={selected} />
        )}
      </PanelErrorBoundary>
    </main>
  );
}
