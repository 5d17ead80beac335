// The shared frame's data table: rendered only when it is needed (small, opened, or printing),
// its toggle's aria-controls always pointing to an element that exists.
import { elementUpdated, expect, html } from '@open-wc/testing';
import { property } from 'lit/decorators.js';
import type { Feed } from '../../src/feed/types.js';
import { RutaElement, type ModelResult } from '../../src/internal/ruta-element.js';
import { $, $$, expectAccessible, settled } from '../support/element.js';

/** A frame whose table has `rows` rows. */
class TestFrame extends RutaElement<number> {
  protected readonly tag = 'test-frame';
  @property({ type: Number }) rows = 0;
  protected model(feed: Feed): ModelResult<number> {
    const rows = Array.from({ length: this.rows }, (_, i) => ({ cells: [i + 1, 'x'], display: [String(i + 1), 'x'] }));
    return { kind: 'model', title: feed.report.title, summary: `${this.rows} filas.`, csvName: 'test', table: { columns: [{ label: 'N.º' }, { label: 'Texto' }], rows }, view: this.rows };
  }
  protected renderChart(view: number) {
    return html`<p>${view}</p>`;
  }
}
customElements.define('test-frame', TestFrame);

const data = {
  version: 1,
  report: { entity: 'Alcaldía', title: 'Informe', period: { start: '2020-01-01', end: '2020-12-31' }, language: 'es-CO' },
  commitments: [{ number: 1, text: 'Compromiso', offices: ['Oficina'] }],
};
const frame = (rows: number) => settled<TestFrame>(html`<test-frame .data=${data} .rows=${rows} loading="eager"></test-frame>`);
const bodyRows = (el: TestFrame) => $$(el, '#data-table tbody tr').length;

describe('RutaElement: the data table', () => {
  it('is always in the page, hidden, when it has up to 200 rows (print shows it with no script)', async () => {
    const el = await frame(200);
    expect($(el, '#data-table')!.hidden).to.equal(true);
    expect(bodyRows(el)).to.equal(200);
  });

  it('with 10,000 rows: out of the page until opened, then there, and gone again when closed', async () => {
    const el = await frame(10_000);
    const toggle = $<HTMLButtonElement>(el, '[part~="table-toggle"]')!;
    const wrap = $(el, '#data-table')!;
    expect(toggle.getAttribute('aria-controls')).to.equal('data-table');
    expect(wrap.hidden).to.equal(true);
    expect($(el, 'table')).to.equal(null);
    await expectAccessible(el);
    toggle.click();
    await elementUpdated(el);
    expect(wrap.hidden).to.equal(false);
    expect(bodyRows(el)).to.equal(10_000);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    toggle.click();
    await elementUpdated(el);
    expect(wrap.hidden).to.equal(true);
    expect($(el, 'table')).to.equal(null);
  });

  it('is rendered (still hidden on screen) when the page is about to print', async () => {
    const el = await frame(201);
    expect($(el, 'table')).to.equal(null);
    dispatchEvent(new Event('beforeprint'));
    await elementUpdated(el);
    expect($(el, '#data-table')!.hidden).to.equal(true);
    expect(bodyRows(el)).to.equal(201);
  });

  it('stops listening for printing once it leaves the page', async () => {
    const el = await frame(201);
    el.remove();
    dispatchEvent(new Event('beforeprint'));
    document.body.append(el);
    await elementUpdated(el);
    expect($(el, 'table')).to.equal(null);
  });
});
