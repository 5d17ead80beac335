/**
 * The language an element speaks: its own `lang`, else the nearest ancestor's (crossing shadow
 * roots, so an element inside `<transparency-report>` follows the page), else Spanish.
 *
 * One MutationObserver per page watches `lang` attributes and tells every connected element, so
 * a page's language switch re-renders every widget without any wiring by the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveLang, type Lang } from '../format/locale.js';

const hosts = new Set<LangController>();
let observer: MutationObserver | undefined;

function watch(controller: LangController): void {
  hosts.add(controller);
  if (!observer) {
    observer = new MutationObserver(() => {
      for (const c of hosts) c.check();
    });
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
}

function unwatch(controller: LangController): void {
  hosts.delete(controller);
  if (hosts.size === 0 && observer) {
    observer.disconnect();
    observer = undefined;
  }
}

/** The `lang` in effect for a node: its own or its nearest ancestor's, across shadow roots. */
export function langOf(node: Element): string | undefined {
  let n: Node | null = node;
  while (n) {
    if (n instanceof Element) {
      const found = n.closest('[lang]');
      if (found) return found.getAttribute('lang') ?? undefined;
    }
    const root: Node = (n as Element).getRootNode?.() ?? document;
    n = root instanceof ShadowRoot ? root.host : null;
  }
  return undefined;
}

export class LangController implements ReactiveController {
  lang: Lang;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    this.lang = resolveLang(langOf(host));
    host.addController(this);
  }

  hostConnected(): void {
    watch(this);
    this.check();
  }

  hostDisconnected(): void {
    unwatch(this);
  }

  /** Re-reads the language; asks for an update only when it changed. */
  check(): void {
    const next = resolveLang(langOf(this.host));
    if (next !== this.lang) {
      this.lang = next;
      this.host.requestUpdate();
    }
  }
}
