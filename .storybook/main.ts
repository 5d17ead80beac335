// Storybook for designers: every widget in every state, theme and language (`npm run storybook`),
// and the same as a static site (`npm run build-storybook`, offline, run by `npm test`).
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Storybook loads vite.config.ts too. It drops that file's `build` (the library build) and sets
  // its own root; of the rest, stories need only the file-system allowance, not the demo server's
  // host and port, nor the CSS-literal minifier that the shipped bundle uses.
  viteFinal: (vite) => ({
    ...vite,
    plugins: (vite.plugins ?? []).filter((p) => !(p && 'name' in p && p.name === 'minify-css-literals')),
    server: { ...vite.server, host: undefined, port: undefined },
    // Storybook's own manager and axe-core are large; that is no concern of the widgets' budget.
    build: { ...vite.build, chunkSizeWarningLimit: 2000 },
  }),
};
export default config;
