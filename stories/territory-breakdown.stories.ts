import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/territory-breakdown/territory-breakdown.js';
import { manyTerritories } from '../test/fixtures/feeds.js';
import { attrs, box, defaults, feedState, STATES } from './story.js';

const meta = {
  title: 'Widgets/territory-breakdown',
  component: 'territory-breakdown',
  args: { ...defaults(720), sort: 'count' },
  argTypes: {
    sort: { control: 'inline-radio', options: ['count', 'name'] },
  },
  render: (a) =>
    box(a, html`<territory-breakdown ${attrs(a)} ${feedState(a.state)} @ruta-download=${a.onRutaDownload}></territory-breakdown>`),
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
/** 30 territories, some with no count. */
export const ManyItems: Story = { args: { src: undefined, data: manyTerritories(30) } };
/** A phone: 320 px. */
export const Narrow: Story = { args: STATES.narrow };
export const Wide: Story = { args: STATES.wide };
export const Dark: Story = { args: STATES.dark };
export const English: Story = { args: STATES.english };

export const ByName: Story = { args: { sort: 'name' } };
