import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/indicator-figure/indicator-figure.js';
import { feed, figureOf } from '../test/fixtures/feeds.js';
import { attrs, box, defaults, feedState, STATES } from './story.js';

const meta = {
  title: 'Widgets/indicator-figure',
  component: 'indicator-figure',
  args: { ...defaults(480) },
  render: (a) =>
    box(a, html`<indicator-figure ${attrs(a)} ${feedState(a.state)} @ruta-download=${a.onRutaDownload}></indicator-figure>`),
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
/** A very large figure (no list to grow: the number itself is long). */
export const ManyItems: Story = { args: { src: undefined, data: feed([figureOf(1_234_567_890_123)]) } };
/** A phone: 320 px. */
export const Narrow: Story = { args: STATES.narrow };
export const Wide: Story = { args: STATES.wide };
export const Dark: Story = { args: STATES.dark };
export const English: Story = { args: STATES.english };

/** Commitment 10: spending 69 % lower than in December 2019. */
export const Change: Story = { args: { indicator: 'austerity-spending-change' } };
