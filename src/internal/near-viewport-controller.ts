/**
 * Whether an element has come near the viewport yet, so that a page with twenty widgets fetches
 * and lays out only those a reader may see (`loading="lazy"`, as for images). Once near, always
 * near: scrolling away does not unload a chart.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How far outside the viewport counts as near: a screen's height ahead, so charts are ready on arrival. */
export const NEAR_MARGIN = '100% 0px';

export class NearViewportController implements ReactiveController {
  near = false;
  private observer: IntersectionObserver | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.near) return;
    // No IntersectionObserver (very old browsers, some test DOMs): load at once.
    if (typeof IntersectionObserver === 'undefined') {
      this.near = true;
      return;
    }
    this.observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        this.near = true;
        this.observer?.disconnect();
        this.observer = undefined;
        this.host.requestUpdate();
      },
      { rootMargin: NEAR_MARGIN },
    );
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
