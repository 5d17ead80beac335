import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/contract-platform-chart/contract-platform-chart.js';
import { manyPlatforms } from '../test/fixtures/feeds.js';
import { attrs, box, defaults, feedState, STATES } from './story.js';

const meta = {
  title: 'Widgets/contract-platform-chart',
  component: 'contract-platform-chart',
  args: { ...defaults(560), variant: 'donut' },
  argTypes: {
    variant: { control: 'inline-radio', options: ['donut', 'bars'] },
  },
  render: (a) =>
    box(a, html`<contract-platform-chart ${attrs(a)} ${feedState(a.state)} @ruta-download=${a.onRutaDownload}></contract-platform-chart>`),
} satisfies Meta;
export default meta;
type Story = StoryObj;

/** The Ibagué 2020 report (the demo's feed). */
export const Default: Story = {};
/** Waiting for the feed: a skeleton, announced as loading. */
export const Loading: Story = { args: STATES.loading };
/** A valid feed with nothing to show. */
export const Empty: Story = { args: STATES.empty };
/** An invalid feed: the real validation messages, each with its JSON path. */
export const Error: Story = { args: STATES.error };
/** The last good data after a failed refresh, with when it was fetched and a retry button. */
export const Stale: Story = { args: STATES.stale };
/** Every visible text very long, with one very long word. */
export const LongTexts: Story = { args: STATES.longTexts };
/** 20 platforms, as bars. */
export const ManyItems: Story = { args: { src: undefined, data: manyPlatforms(20), variant: 'bars' } };
/** A phone: 320 px. */
export const Narrow: Story = { args: STATES.narrow };
export const Wide: Story = { args: STATES.wide };
export const Dark: Story = { args: STATES.dark };
export const English: Story = { args: STATES.english };

export const Bars: Story = { args: { variant: 'bars' } };
