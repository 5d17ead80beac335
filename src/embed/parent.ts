/**
 * The parent page's side of the iframe embed: sizes each embed iframe to the height its page
 * reports. docs/embed.md shows the same few lines as plain JS to paste into a page.
 *
 * A message is trusted only when it has the embed's type and comes from the contentWindow of an
 * iframe on this page, from that iframe's own origin; anything else is ignored. The height is
 * set as CSS pixels on the iframe, which then never scrolls nor cuts its content off.
 */
export function installEmbedResizer(win: Window = window): () => void {
  const onMessage = (event: MessageEvent) => {
    const data: unknown = event.data;
    if (typeof data !== 'object' || data === null) return;
    const { type, height } = data as { type?: unknown; height?: unknown };
    if (type !== 'ruta-embed-height' || typeof height !== 'number' || !(height >= 0 && height < 100_000)) return;
    for (const frame of win.document.querySelectorAll('iframe')) {
      if (frame.contentWindow !== event.source) continue;
      if (new URL(frame.src, win.location.href).origin !== event.origin) return;
      frame.style.height = `${Math.ceil(height)}px`;
      return;
    }
  };
  win.addEventListener('message', onMessage);
  return () => win.removeEventListener('message', onMessage);
}
