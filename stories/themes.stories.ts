import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/attendance-breakdown/attendance-breakdown.js';
import '../src/components/contract-platform-chart/contract-platform-chart.js';
import '../src/components/indicator-figure/indicator-figure.js';
import { IBAGUE } from '../test/fixtures/feeds.js';
import type { Args } from './story.js';

/**
 * A municipal brand theme set once on a container with the shared `--ruta-*` properties, and
 * the built-in dark theme. The brand colours are illustrative (a red and a gold in the spirit of
 * Ibagué's flag): take the real ones from the Alcaldía's brand manual, and keep text at 4.5:1 and
 * marks at 3:1 against the background (the stories test runs axe-core on these).
 */
const meta = {
  title: 'Docs/Themes',
  args: { theme: 'light', lang: 'es', brand: true },
  render: (a: Args) =>
    html`<div class=${a.brand ? 'ibague-brand' : ''} style="display:grid;gap:1rem;grid-template-columns:repeat(auto-fit,minmax(18rem,1fr))">
      <style>
        .ibague-brand {
          --ruta-background: #fffbea;
          --ruta-foreground: #2b1d0e;
          --ruta-muted: #5c4a2e;
          --ruta-border: #e0b400;
          --ruta-accent: #a3141b;
          --ruta-track: #f5e9b8;
          --ruta-series-1: #a3141b;
          --ruta-series-2: #8a6500;
          --ruta-series-3: #1f6f43;
          --ruta-font-family: Georgia, 'Times New Roman', serif;
          --ruta-radius: 0;
        }
      </style>
      <contract-platform-chart loading="eager" src=${IBAGUE} theme=${a.theme} lang=${a.lang}></contract-platform-chart>
      <attendance-breakdown loading="eager" src=${IBAGUE} theme=${a.theme} lang=${a.lang}></attendance-breakdown>
      <indicator-figure loading="eager" src=${IBAGUE} indicator="austerity-spending-change" theme=${a.theme} lang=${a.lang}></indicator-figure>
    </div>`,
} satisfies Meta;
export default meta;
type Story = StoryObj;

/** Ibagué-style brand colours and font, set once for every widget inside. */
export const IbagueBrand: Story = {};
/** The built-in dark theme (`theme="dark"`; `auto` follows the reader's setting). */
export const DarkTheme: Story = { args: { theme: 'dark', brand: false } };
