// The Vue 3 example (demo/frameworks/vue.ts): render functions, data as a property, events.
import './process-env.js';
import { mount } from '../../demo/frameworks/vue.js';
import { describeExample } from './example.js';

describeExample('Vue 3', mount);
