/**
 * The width an element has to lay out in, from a ResizeObserver. Layout runs in `willUpdate`
 * from this value, so nothing sets state in `updated()`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class SizeController implements ReactiveController {
  /** Content-box width in CSS pixels; 0 until first measured. */
  width = 0;
  private observer: ResizeObserver | undefined;
  private frame = 0;

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
        // Next frame, not now: a new layout usually changes the height, and changing size inside
        // the observer's callback makes the browser report "ResizeObserver loop completed with
        // undelivered notifications" to the page's error handlers.
        cancelAnimationFrame(this.frame);
        this.frame = requestAnimationFrame(() => this.host.requestUpdate());
      }
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
