import { html } from 'lit';
import '../src/components/attendance-breakdown/attendance-breakdown.js';
import { IBAGUE, INVALID_FEED, type Args, type Meta, type Story } from './story.js';

const meta: Meta = {
  title: 'Widgets/attendance-breakdown',
  component: 'attendance-breakdown',
  args: { src: IBAGUE, variant: 'grouped', lang: 'es', theme: 'light', width: 640 },
  render: (a: Args) =>
    html`<div style="max-width:${a.width}px">
      <attendance-breakdown
        loading="eager"
        src=${a.src ?? ''}
        .data=${a.data}
        variant=${a.variant}
        lang=${a.lang}
        theme=${a.theme}
      ></attendance-breakdown>
    </div>`,
};
export default meta;

export const Grouped: Story = {};
export const Stacked: Story = { args: { variant: 'stacked' } };
export const English: Story = { args: { lang: 'en' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const Narrow: Story = { args: { width: 320 } };
export const Error: Story = { args: { src: undefined, data: INVALID_FEED } };
