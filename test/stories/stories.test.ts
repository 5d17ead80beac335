// Every story of every stories file renders without console errors, and axe-core finds nothing
// in it: a new story is covered as soon as it is exported from one of the files below, and
// scripts/check-docs.js fails when an element's stories file is missing from this list.
import { expect, fixture } from '@open-wc/testing';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { render, type TemplateResult } from 'lit';
import { feedStateApplied } from '../../stories/story.js';
import { until } from '../support/element.js';

// One line per stories file; every story exported from it is tested.
const files = {
  'attendance-breakdown': await import('../../stories/attendance-breakdown.stories.js'),
  'commitment-progress': await import('../../stories/commitment-progress.stories.js'),
  'contract-platform-chart': await import('../../stories/contract-platform-chart.stories.js'),
  'event-timeline': await import('../../stories/event-timeline.stories.js'),
  'evidence-list': await import('../../stories/evidence-list.stories.js'),
  'indicator-figure': await import('../../stories/indicator-figure.stories.js'),
  'territory-breakdown': await import('../../stories/territory-breakdown.stories.js'),
  'transparency-report': await import('../../stories/transparency-report.stories.js'),
  themes: await import('../../stories/themes.stories.js'),
};

/** The states every element shows in Storybook (issue 5). */
const REQUIRED = ['Default', 'Loading', 'Empty', 'Error', 'Stale', 'LongTexts', 'ManyItems', 'Narrow', 'Wide', 'Dark', 'English'];

type Render = (args: Record<string, unknown>, context: unknown) => TemplateResult;

for (const [file, mod] of Object.entries(files as Record<string, Record<string, unknown>>)) {
  const meta = mod.default as Meta & { render: Render };
  const stories = Object.entries(mod).filter(([k]) => k !== 'default') as [string, StoryObj & { render?: Render }][];
  describe(`stories: ${file}`, () => {
    // A file named after an element shows that element in every state.
    if (file.includes('-')) {
      it('has the title and component of its file, and every required state', () => {
        expect(meta.component).to.equal(file);
        expect(meta.title).to.equal(`Widgets/${file}`);
        expect(stories.map(([name]) => name)).to.include.members(REQUIRED);
      });
    }

    for (const [name, story] of stories) {
      it(`${name} renders without console errors and passes axe`, async () => {
        const errors: string[] = [];
        const original = console.error;
        console.error = (...args: unknown[]) => {
          errors.push(args.map(String).join(' '));
          original(...args);
        };
        try {
          const host = await fixture<HTMLDivElement>(document.createElement('div'));
          const args = { ...meta.args, ...story.args };
          render((story.render ?? meta.render)(args, { args, name }), host);
          // The story's widgets: the element its file is named after, or every widget in it.
          const widgets = [...host.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>(file.includes('-') ? file : '*')].filter(
            (w) => w.localName.includes('-') && w.shadowRoot,
          );
          expect(widgets.length, `widgets in ${name}`).to.be.greaterThan(0);
          for (const el of widgets) {
            const busy = () => el.shadowRoot?.querySelector('[aria-busy]')?.getAttribute('aria-busy');
            await feedStateApplied(el);
            await until(() => busy() === (args.state === 'loading' ? 'true' : 'false'), 5000, `${name} to settle`);
            await el.updateComplete;
            if (args.state === 'stale') expect(el.shadowRoot!.querySelector('.stale'), 'stale notice').not.to.equal(null);
            if (name === 'ManyItems' || name === 'LongTexts') {
              expect(el.shadowRoot!.querySelector('[role="alert"]'), 'valid data shows no error').to.equal(null);
            }
          }
          await expect(host).to.be.accessible();
          expect(errors).to.deep.equal([]);
        } finally {
          console.error = original;
        }
      });
    }
  });
}
