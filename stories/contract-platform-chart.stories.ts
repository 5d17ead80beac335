import { html } from 'lit';
import '../src/components/contract-platform-chart/contract-platform-chart.js';
import { IBAGUE, INVALID_FEED, type Args, type Meta, type Story } from './story.js';

const meta: Meta = {
  title: 'Widgets/contract-platform-chart',
  component: 'contract-platform-chart',
  args: { src: IBAGUE, variant: 'donut', lang: 'es', theme: 'light', width: 560 },
  render: (a: Args) =>
    html`<div style="max-width:${a.width}px">
      <contract-platform-chart
        loading="eager"
        src=${a.src ?? ''}
        .data=${a.data}
        variant=${a.variant}
        lang=${a.lang}
        theme=${a.theme}
      ></contract-platform-chart>
    </div>`,
};
export default meta;

export const Donut: Story = {};
export const Bars: Story = { args: { variant: 'bars' } };
export const English: Story = { args: { lang: 'en' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const Narrow: Story = { args: { width: 320, variant: 'bars' } };
export const Error: Story = { args: { src: undefined, data: INVALID_FEED } };
