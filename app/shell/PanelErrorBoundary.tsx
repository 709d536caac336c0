import { Component, type ErrorInfo, type ReactNode } from 'react';
import type { Strings } from '../i18n/strings.ts';

export interface PanelErrorBoundaryProps {
  readonly name: string;
  readonly strings: Strings;
  /** Restores the panel's default state; the boundary then tries to render again. */
  readonly onReset: () => void;
  readonly children: ReactNode;
}

interface State {
  readonly error: Error | null;
}

/** How browsers word a lazily loaded chunk that could not be fetched or evaluated. */
const LOAD_FAILURE =
  /dynamically imported module|importing a module script failed|error loading dynamically imported module|unable to preload/i;

/**
 * Contains a panel that throws: the header, catalog and other panels keep working, and the user
 * can reset just this panel. (Error boundaries must still be class components in React 19.)
 */
export class PanelErrorBoundary extends Component<PanelErrorBoundaryProps, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(_error: Error, _info: ErrorInfo): void {
    // Nothing to report to: the app is offline-first and has no telemetry. The fallback UI
    // below tells the user what happened.
  }

  override componentDidUpdate(prev: PanelErrorBoundaryProps): void {
    if (prev.name !== this.props.name && this.state.error) this.setState({ error: null });
  }

  private reset = () => {
    this.props.onReset();
    this.setState({ error: null });
  };

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    const t = this.props.strings;
    const loading = LOAD_FAILURE.test(error.message);
    return (
      <article className="panel panel-error" aria-label={this.props.name} role="alert">
        <h2>{loading ? t.panelLoadFailed(this.props.name) : t.panelCrashed(this.props.name)}</h2>
        <p>{loading ? t.panelLoadFailedHelp : t.panelCrashedHelp}</p>
        <pre className="error-detail">{error.message}</pre>
        <button type="button" onClick={this.reset}>
          {t.resetPanel}
        </button>
      </article>
    );
  }
}
