import { createElement, lazy, Suspense, useState, type ComponentType } from 'react';
import { PANEL_LOADERS } from '../losses/panels.ts';
import type { PanelProps } from '../losses/types.ts';
import { MetadataPanel } from '../panel/MetadataPanel.tsx';
import { useStrings } from '../i18n/useStrings.ts';
import { appStore, useAppStore } from '../store/appStore.ts';
import { PanelErrorBoundary } from './PanelErrorBoundary.tsx';

const lazyPanel = (name: string): ComponentType<PanelProps> | undefined => {
  const load = PANEL_LOADERS[name];
  return load ? lazy(load) : undefined;
};

/**
 * One lazy component per built panel, created once: a panel's code loads on first visit. A
 * failed load (offline, a redeployed site) stays failed inside React.lazy, so resetting a panel
 * replaces its entry with a fresh one that loads again.
 */
const PANELS = new Map(Object.keys(PANEL_LOADERS).map((name) => [name, lazyPanel(name)]));

/** Shows the selected loss's panel, or its metadata view while the panel is not built yet. */
export function PanelHost() {
  const selected = useAppStore((s) => s.selected);
  const strings = useStrings();
  // Bumped by a reset, so the host renders again with the panel's fresh lazy component.
  const [attempt, setAttempt] = useState(0);
  const Panel = PANELS.get(selected);
  return (
    <main className="panel-host" id="main" tabIndex={-1}>
      <PanelErrorBoundary
        name={selected}
        strings={strings}
        onReset={() => {
          appStore.getState().resetLoss(selected);
          if (PANELS.has(selected)) PANELS.set(selected, lazyPanel(selected));
          setAttempt(attempt + 1);
        }}
      >
        {Panel ? (
          <Suspense fallback={<div className="panel loading" aria-busy="true" />}>
            {/* createElement: the component comes from the module-level table above, not from render. */}
            {createElement(Panel, { key: `${selected}#${attempt}`, name: selected })}
          </Suspense>
        ) : (
          <MetadataPanel name={selected} />
        )}
      </PanelErrorBoundary>
    </main>
  );
}
