// The CSP test page's script (test/security/csp.test.ts): records every violation, loads the
// built one-file bundle, and renders each element named in ?tags= that the bundle defines,
// on the feed named in ?src=. Plain DOM only: no HTML parsing, nothing inline.
const violations = [];
window.rutaCsp = { violations, rendered: [], done: false, error: '' };
document.addEventListener('securitypolicyviolation', (e) => {
  violations.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample, source: e.sourceFile, line: e.lineNumber });
});
const params = new URL(location.href).searchParams;
// The test's positive control: an inline style attribute, which style-src 'self' must block.
if (params.has('control')) document.body.setAttribute('style', 'outline: 1px solid red');
try {
  await import('/dist/ruta-widgets.js');
  for (const tag of (params.get('tags') ?? '').split(',').filter(Boolean)) {
    if (!customElements.get(tag)) continue;
    const el = document.createElement(tag);
    el.setAttribute('src', params.get('src') ?? '');
    el.setAttribute('loading', 'eager');
    document.body.append(el);
    window.rutaCsp.rendered.push(tag);
  }
} catch (e) {
  window.rutaCsp.error = String(e);
}
window.rutaCsp.done = true;
