import { html } from 'lit';
import '../src/components/commitment-progress/commitment-progress.js';
import { IBAGUE, INVALID_FEED, type Args, type Meta, type Story } from './story.js';

const meta: Meta = {
  title: 'Widgets/commitment-progress',
  component: 'commitment-progress',
  args: { src: IBAGUE, lang: 'es', theme: 'light', width: 900, commitment: '', groupBy: '' },
  render: (a: Args) =>
    html`<div style="max-width:${a.width}px">
      <commitment-progress
        loading="eager"
        src=${a.src ?? ''}
        .data=${a.data}
        lang=${a.lang}
        theme=${a.theme}
        commitment=${a.commitment}
        group-by=${a.groupBy}
      ></commitment-progress>
    </div>`,
};
export default meta;

export const AllCommitments: Story = {};
export const OneCommitment: Story = { args: { commitment: '7' } };
export const GroupedByStatus: Story = { args: { groupBy: 'status' } };
export const English: Story = { args: { lang: 'en' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const Narrow: Story = { args: { width: 320 } };
export const Error: Story = { args: { src: undefined, data: INVALID_FEED } };
