// Controls and docs come from the custom-elements manifest that `npm run build` writes from each
// element's JSDoc, reduced to the public API; the accessibility addon checks every story.
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../dist/custom-elements.json';
import { publicManifest, type Manifest } from '../stories/manifest.js';
import { ARG_TYPES } from '../stories/story.js';

setCustomElementsManifest(publicManifest(manifest as Manifest));

const preview: Preview = {
  tags: ['autodocs'],
  argTypes: ARG_TYPES,
  parameters: {
    layout: 'padded',
    controls: { expanded: true, sort: 'requiredFirst' },
    // axe-core on every story; a violation is an error, not a warning.
    a11y: { test: 'error' },
    docs: { source: { excludeDecorators: true } },
  },
};
export default preview;
