/**
 * The width an element has to lay out in, from a ResizeObserver. Layout runs in `willUpdate`
 * from this value, so nothing sets state in `updated()`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class SizeController implements ReactiveController {
  /** Content-box width in CSS pixels; 0 until first measured. */
  width = 0;
  private observer: ResizeObserver | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (!entry) return;
      // Whole pixels: sub-pixel jitter must not re-lay out in a loop.
      const width = Math.round(entry.contentRect.width);
      if (width !== this.width) {
        this.width = width;
        this.host.requestUpdate();
      }
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
