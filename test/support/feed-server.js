// A real local HTTP server for the loader's tests, scripted from the browser through the
// test runner's `feed-server` command: each path answers with a queue of responses (the last
// one repeats), and every request is logged with its conditional headers and concurrency.
// The standalone server can also go down and come back on the same port (`down`, `up`).
import { createServer } from 'node:http';

/**
 * @typedef {{ status?: number, body?: string, headers?: Record<string, string>, etag?: string,
 *   lastModified?: string, delayMs?: number, dripMs?: number, dripBytes?: number, reset?: boolean,
 *   hang?: boolean }} Reply
 */

export function createFeedServer() {
  /** @type {Map<string, { queue: Reply[], log: object[], inflight: number, maxInflight: number }>} */
  const routes = new Map();
  const sockets = new Set();
  const route = (path) => {
    let r = routes.get(path);
    if (!r) routes.set(path, (r = { queue: [], log: [], inflight: 0, maxInflight: 0 }));
    return r;
  };

  /** Answers one request; used by the standalone server and, same-origin, by the test page's server. */
  const handle = (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const r = route(url.pathname);
    const cors = {
      'access-control-allow-origin': '*',
      'access-control-allow-headers': 'if-none-match, if-modified-since, accept',
      'access-control-expose-headers': 'etag, last-modified',
    };
    if (req.method === 'OPTIONS') {
      res.writeHead(204, cors).end();
      return;
    }
    r.inflight++;
    r.maxInflight = Math.max(r.maxInflight, r.inflight);
    let done = false;
    const finish = () => {
      if (!done) {
        done = true;
        r.inflight--;
      }
    };
    res.on('close', finish);
    r.log.push({
      time: Date.now(),
      ifNoneMatch: req.headers['if-none-match'] ?? null,
      ifModifiedSince: req.headers['if-modified-since'] ?? null,
    });
    const reply = (r.queue.length > 1 ? r.queue.shift() : r.queue[0]) ?? { status: 404, body: 'no route' };
    const respond = () => {
      if (reply.hang) return; // never answers: the client must time out or abort
      if (reply.reset) {
        req.socket.destroy();
        return;
      }
      const headers = { 'content-type': 'application/json', ...cors, ...(reply.headers ?? {}) };
      if (reply.etag) headers.etag = reply.etag;
      if (reply.lastModified) headers['last-modified'] = reply.lastModified;
      const notModified =
        (reply.etag && req.headers['if-none-match'] === reply.etag) ||
        (reply.lastModified && req.headers['if-modified-since'] === reply.lastModified);
      if (notModified) {
        res.writeHead(304, headers).end();
        return;
      }
      const body = reply.body ?? '';
      res.writeHead(reply.status ?? 200, headers);
      if (!reply.dripMs) {
        res.end(body);
        return;
      }
      // Slow drip: one character (or `dripBytes` characters) at a time.
      const step = reply.dripBytes ?? 1;
      let i = 0;
      const tick = setInterval(() => {
        if (res.destroyed) return clearInterval(tick);
        if (i >= body.length) {
          clearInterval(tick);
          res.end();
          return;
        }
        res.write(body.slice(i, (i += step)));
      }, reply.dripMs);
    };
    if (reply.delayMs) setTimeout(respond, reply.delayMs);
    else respond();
  };
  const server = createServer(handle);
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });

  let port = 0;
  const listen = () => new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    handle,
    async start() {
      await listen();
      port = /** @type {import('node:net').AddressInfo} */ (server.address()).port;
      return `http://127.0.0.1:${port}`;
    },
    async stop() {
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
    /** Handles one `feed-server` command from a test. */
    command(payload) {
      const { action, path } = payload;
      if (action === 'script') {
        const r = route(path);
        r.queue = [...payload.replies];
        r.log = [];
        r.maxInflight = r.inflight;
        return true;
      }
      if (action === 'stats') {
        const r = route(path);
        return { log: r.log, inflight: r.inflight, maxInflight: r.maxInflight };
      }
      if (action === 'reset') {
        routes.clear();
        return true;
      }
      // Requests open on every route, and sockets open on the standalone server.
      if (action === 'totals') {
        let inflight = 0;
        for (const r of routes.values()) inflight += r.inflight;
        return { inflight, sockets: sockets.size };
      }
      // The standalone server stops listening (connections refused) and drops its sockets...
      if (action === 'down') {
        if (!server.listening) return true;
        const closed = new Promise((resolve) => server.close(() => resolve(true)));
        for (const s of sockets) s.destroy();
        return closed;
      }
      // ...and comes back on the same port.
      if (action === 'up') return server.listening ? true : listen().then(() => true);
      throw new Error(`feed-server: unknown action ${action}`);
    },
  };
}
