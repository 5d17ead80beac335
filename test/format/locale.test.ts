import { expect } from '@open-wc/testing';
import { DEFAULT_LANG, INTL_LOCALE, resolveLang } from '../../src/format/locale.js';

describe('resolveLang', () => {
  const cases: [string | null | undefined, 'es' | 'en'][] = [
    ['es', 'es'],
    ['es-CO', 'es'],
    ['es_CO', 'es'],
    ['ES-co', 'es'],
    ['en', 'en'],
    ['EN', 'en'],
    ['en-GB', 'en'],
    [' en-US ', 'en'],
    ['fr', 'es'],
    ['pt-BR', 'es'],
    ['english', 'es'],
    ['', 'es'],
    [null, 'es'],
    [undefined, 'es'],
  ];
  for (const [tag, lang] of cases) {
    it(`${JSON.stringify(tag)} → ${lang}`, () => {
      expect(resolveLang(tag)).to.equal(lang);
    });
  }

  it('falls back to Spanish, in Colombia', () => {
    expect(DEFAULT_LANG).to.equal('es');
    expect(INTL_LOCALE).to.deep.equal({ es: 'es-CO', en: 'en-US' });
  });
});
