import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/commitment-progress/commitment-progress.js';
import { manyCommitments } from '../test/fixtures/feeds.js';
import { attrs, box, defaults, feedState, STATES } from './story.js';

const meta = {
  title: 'Widgets/commitment-progress',
  component: 'commitment-progress',
  args: { ...defaults(900) },
  argTypes: {
    commitment: { control: 'text' },
    office: { control: 'text' },
    status: { control: 'select', options: ['', 'not-started', 'started', 'advanced', 'completed', 'none'] },
    'group-by': { control: 'inline-radio', options: ['', 'office', 'status'] },
  },
  render: (a) =>
    box(a, html`<commitment-progress ${attrs(a)} ${feedState(a.state)} @ruta-download=${a.onRutaDownload}></commitment-progress>`),
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
/** 60 commitments. */
export const ManyItems: Story = { args: { src: undefined, data: manyCommitments(60) } };
/** A phone: 320 px. */
export const Narrow: Story = { args: STATES.narrow };
export const Wide: Story = { args: STATES.wide };
export const Dark: Story = { args: STATES.dark };
export const English: Story = { args: STATES.english };

/** Commitment 7 alone: four meetings against a monthly target, shown plainly. */
export const OneCommitment: Story = { args: { commitment: '7' } };
export const GroupedByStatus: Story = { args: { 'group-by': 'status' } };
