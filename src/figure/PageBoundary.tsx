// One error boundary per page: a failed file shows a message naming it and a Retry button that resets the
// failed queries and renders the page again; the rest of the app keeps working.
import { QueryErrorResetBoundary } from '@tanstack/react-query';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { i18n } from '../i18n/i18n';

interface BoundaryProps {
  onReset: () => void;
  children: ReactNode;
}

interface BoundaryState {
  error: Error | null;
}

class ErrorBoundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): BoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  private retry = () => {
    this.props.onReset();
    this.setState({ error: null });
  };

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="load-error" role="alert">
        <p>{error.message}</p>
        <p>{i18n._({ id: 'load.check', message: 'Check your connection, then try again.' })}</p>
        <button type="button" onClick={this.retry}>
          {i18n._({ id: 'load.retry', message: 'Retry' })}
        </button>
      </div>
    );
  }
}

export function PageBoundary({ children }: { children: ReactNode }) {
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => <ErrorBoundary onReset={reset}>{children}</ErrorBoundary>}
    </QueryErrorResetBoundary>
  );
}
