// The React 19 example (demo/frameworks/react.ts): data as a property, events listened to.
// React ships CommonJS only; commonjs-packages.js serves it to the browser as ES modules.
import { mount } from '../../demo/frameworks/react.js';
import { describeExample } from './example.js';

describeExample('React 19', mount);
