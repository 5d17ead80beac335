// Every story of every stories file listed below renders, without console errors, and axe-core finds nothing:
// a new story is covered as soon as it is exported from one of them.
import { expect, fixture } from '@open-wc/testing';
import { render } from 'lit';
import type { Meta, Story } from '../../stories/story.js';
import { until } from '../support/element.js';

// One line per stories file; every story exported from it is tested.
const files = {
  'contract-platform-chart': await import('../../stories/contract-platform-chart.stories.js'),
  'attendance-breakdown': await import('../../stories/attendance-breakdown.stories.js'),
  'commitment-progress': await import('../../stories/commitment-progress.stories.js'),
};

for (const [file, mod] of Object.entries(files as Record<string, Record<string, unknown>>)) {
  const meta = mod.default as Meta;
  describe(`stories: ${file}`, () => {
    for (const [name, story] of Object.entries(mod).filter(([k]) => k !== 'default') as [string, Story][]) {
      it(`${name} renders without console errors and passes axe`, async () => {
        const errors: string[] = [];
        const original = console.error;
        console.error = (...args: unknown[]) => {
          errors.push(args.map(String).join(' '));
          original(...args);
        };
        try {
          const host = await fixture<HTMLDivElement>(document.createElement('div'));
          render((story.render ?? meta.render)({ ...meta.args, ...story.args }), host);
          const el = host.querySelector(meta.component)!;
          expect(el, meta.component).not.to.equal(null);
          await until(() => !!el.shadowRoot?.querySelector('[aria-busy="false"]'), 5000, `${name} to load`);
          await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
          await expect(el).to.be.accessible();
          expect(errors).to.deep.equal([]);
        } finally {
          console.error = original;
        }
      });
    }
  });
}
