import { Component, type ComponentChildren } from 'preact';
import { DEFAULT_STRINGS } from '@vitrine/contracts';
import { ErrorBox } from './error-box.js';

interface Props {
  onError(error: unknown): void;
  children?: ComponentChildren;
}

/** Turns a failure while rendering (or in an effect) into the error box, so it never reaches the page. */
export class ErrorBoundary extends Component<Props, { failed?: boolean }> {
  override componentDidCatch(error: unknown) {
    this.setState({ failed: true });
    this.props.onError(error);
  }
  override render() {
    return this.state.failed ? <ErrorBox message={DEFAULT_STRINGS.invalidConfig} /> : this.props.children;
  }
}
