// The embed page's query string, as plain data: allow-lists, URL rules and messages (no page).
import { expect } from '@open-wc/testing';
import { EMBED_MESSAGES, EMBED_WIDGETS, heightMessage, parseEmbedParams, resolveFeedUrl, type EmbedError } from '../../src/embed/params.js';

const BASE = 'https://widgets.example.org/ruta/embed.html?widget=x';

describe('EMBED_WIDGETS', () => {
  it('lists every element with the public attributes of its class JSDoc (the built custom-elements manifest)', async () => {
    // `loading` is left out on purpose: inside its own iframe a widget is the page.
    const manifest = (await (await fetch('/dist/custom-elements.json')).json()) as {
      modules: { declarations?: { tagName?: string; attributes?: { name: string }[] }[] }[];
    };
    const documented = Object.fromEntries(
      manifest.modules
        .flatMap((m) => m.declarations ?? [])
        .filter((d) => d.tagName)
        .map((d) => [d.tagName!, (d.attributes ?? []).map((a) => a.name).filter((n) => n !== 'loading').sort()]),
    );
    expect(Object.keys(documented)).to.have.length(8);
    expect(Object.fromEntries(Object.entries(EMBED_WIDGETS).map(([tag, attrs]) => [tag, [...attrs].sort()]))).to.deep.equal(documented);
  });
});

describe('resolveFeedUrl', () => {
  const cases: [string, string | undefined][] = [
    ['https://datos.ibague.gov.co/ruta/2020.json', 'https://datos.ibague.gov.co/ruta/2020.json'],
    ['http://example.org/a.json', 'http://example.org/a.json'],
    ['feeds/ibague-2020.json', 'https://widgets.example.org/ruta/feeds/ibague-2020.json'],
    ['/datos/x.json', 'https://widgets.example.org/datos/x.json'],
    ['//cdn.example.net/x.json', 'https://cdn.example.net/x.json'],
    ['  https://example.org/x.json  ', 'https://example.org/x.json'],
    ['javascript:alert(1)', undefined],
    ['JavaScript:alert(1)', undefined],
    ['data:application/json,{}', undefined],
    ['file:///etc/passwd', undefined],
    ['ftp://example.org/x.json', undefined],
    ['http://', undefined],
  ];
  for (const [value, href] of cases) {
    it(`${JSON.stringify(value)} → ${String(href)}`, () => {
      expect(resolveFeedUrl(value, BASE)).to.equal(href);
    });
  }
});

describe('parseEmbedParams', () => {
  it('passes allowed attributes in query order, src made absolute, widget and id kept apart', () => {
    const c = parseEmbedParams('?widget=contract-platform-chart&src=feeds/a.json&lang=en&theme=auto&variant=bars&id=c1', BASE);
    expect(c).to.deep.equal({
      ok: true,
      id: 'c1',
      lang: 'en',
      widget: 'contract-platform-chart',
      attributes: [
        ['src', 'https://widgets.example.org/ruta/feeds/a.json'],
        ['lang', 'en'],
        ['theme', 'auto'],
        ['variant', 'bars'],
      ],
    });
  });

  it('accepts each widget’s own attributes', () => {
    const c = parseEmbedParams(
      new URLSearchParams({ widget: 'commitment-progress', src: '/f.json', commitment: '7', office: 'Hacienda', status: 'started', 'group-by': 'office', 'heading-level': '2', label: 'Título <b>', refresh: '60' }),
      BASE,
    );
    expect(c.ok).to.equal(true);
    if (c.ok) expect(c.attributes.map(([n]) => n)).to.deep.equal(['src', 'commitment', 'office', 'status', 'group-by', 'heading-level', 'label', 'refresh']);
    if (c.ok) expect(c.attributes.find(([n]) => n === 'label')![1]).to.equal('Título <b>');
  });

  it('defaults: Spanish and no id', () => {
    const c = parseEmbedParams('widget=attendance-breakdown&src=https://x.org/f.json', BASE);
    expect(c.ok && c.lang === 'es' && c.id === null).to.equal(true);
    expect(parseEmbedParams('widget=attendance-breakdown&src=/f&lang=en-GB', BASE).lang).to.equal('en');
    expect(parseEmbedParams('widget=attendance-breakdown&src=/f&lang=fr', BASE).lang).to.equal('es');
  });

  const failures: [string, string, EmbedError[]][] = [
    ['no widget', 'src=/f.json', [{ code: 'missing-widget' }]],
    ['empty widget', 'widget=&src=/f.json', [{ code: 'missing-widget' }]],
    ['unknown widget', 'widget=nope&src=/f.json', [{ code: 'unknown-widget', widget: 'nope' }]],
    ['inherited name', 'widget=constructor&src=/f.json', [{ code: 'unknown-widget', widget: 'constructor' }]],
    ['no src', 'widget=contract-platform-chart', [{ code: 'missing-src' }]],
    ['javascript: src', 'widget=contract-platform-chart&src=javascript:alert(1)', [{ code: 'bad-url', value: 'javascript:alert(1)' }]],
    [
      'attribute of another widget, and a made-up one',
      'widget=contract-platform-chart&src=/f&office=x&onload=alert(1)&onload=2',
      [
        { code: 'duplicate-param', name: 'onload' },
        { code: 'unknown-param', name: 'office', widget: 'contract-platform-chart' },
        { code: 'unknown-param', name: 'onload', widget: 'contract-platform-chart' },
      ],
    ],
    ['repeated src', 'widget=attendance-breakdown&src=/a&src=/b', [{ code: 'duplicate-param', name: 'src' }]],
  ];
  for (const [what, query, errors] of failures) {
    it(`refuses: ${what}`, () => {
      const c = parseEmbedParams(query + '&id=z', BASE);
      expect(c.ok).to.equal(false);
      expect(c.id).to.equal('z');
      if (!c.ok) expect(c.errors).to.deep.equal(errors);
    });
  }
});

describe('EMBED_MESSAGES', () => {
  const errors: EmbedError[] = [
    { code: 'missing-widget' },
    { code: 'unknown-widget', widget: 'nope' },
    { code: 'unknown-param', name: 'office', widget: 'contract-platform-chart' },
    { code: 'duplicate-param', name: 'src' },
    { code: 'missing-src' },
    { code: 'bad-url', value: 'javascript:alert(1)' },
  ];

  it('says what is wrong, in Spanish', () => {
    expect(errors.map(EMBED_MESSAGES.es.error)).to.deep.equal([
      'Falta el parámetro «widget». Use uno de: commitment-progress, contract-platform-chart, attendance-breakdown, event-timeline, territory-breakdown, indicator-figure, evidence-list, transparency-report.',
      'El widget «nope» no existe. Use uno de: commitment-progress, contract-platform-chart, attendance-breakdown, event-timeline, territory-breakdown, indicator-figure, evidence-list, transparency-report.',
      'El parámetro «office» no es un atributo de <contract-platform-chart>. Se admiten: src, refresh, lang, theme, label, heading-level, indicator, variant, además de «id».',
      'El parámetro «src» aparece más de una vez.',
      'Falta el parámetro «src» con la dirección del feed (una URL http o https).',
      'La dirección del feed «javascript:alert(1)» no es válida: debe ser una URL http o https.',
    ]);
    expect(EMBED_MESSAGES.es.title).to.equal('No se puede mostrar el widget');
  });

  it('and in English', () => {
    expect(errors.map(EMBED_MESSAGES.en.error)).to.deep.equal([
      'The «widget» parameter is missing. Use one of: commitment-progress, contract-platform-chart, attendance-breakdown, event-timeline, territory-breakdown, indicator-figure, evidence-list, transparency-report.',
      'There is no widget «nope». Use one of: commitment-progress, contract-platform-chart, attendance-breakdown, event-timeline, territory-breakdown, indicator-figure, evidence-list, transparency-report.',
      'The parameter «office» is not an attribute of <contract-platform-chart>. Allowed: src, refresh, lang, theme, label, heading-level, indicator, variant, and «id».',
      'The parameter «src» appears more than once.',
      'The «src» parameter with the feed address (an http or https URL) is missing.',
      'The feed address «javascript:alert(1)» is not valid: it must be an http or https URL.',
    ]);
    expect(EMBED_MESSAGES.en.title).to.equal('The widget cannot be shown');
  });

  it('shortens long values', () => {
    const msg = EMBED_MESSAGES.en.error({ code: 'bad-url', value: 'javascript:' + 'a'.repeat(200) });
    expect(msg).to.contain('…»');
    expect(msg.length).to.be.below(160);
  });
});

describe('heightMessage', () => {
  it('rounds up so nothing is cut off', () => {
    expect(heightMessage('a', 412.2)).to.deep.equal({ type: 'ruta-embed-height', id: 'a', height: 413 });
    expect(heightMessage(null, 300)).to.deep.equal({ type: 'ruta-embed-height', id: null, height: 300 });
  });
});
