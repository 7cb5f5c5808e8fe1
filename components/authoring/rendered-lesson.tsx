"use client";

import { Component, type ReactNode } from "react";

interface State {
  readonly error: string | null;
}

/**
 * The previewed lesson as the server rendered it. A part that fails while it is drawn (the lab, say) shows a message
 * here instead of taking the authoring page down with it; a new preview (a new `key`) starts afresh.
 */
export class RenderedLesson extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error.message : String(error) };
  }

  override render() {
    if (this.state.error !== null)
      return (
        <p role="alert" className="text-sm text-rose-700 dark:text-rose-300">
          Part of the lesson failed to draw: {this.state.error}
        </p>
      );
    return <div className="min-w-0">{this.props.children}</div>;
  }
}
