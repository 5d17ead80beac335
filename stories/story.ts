/**
 * What every stories file shares: the render helpers and the arguments of the common states.
 * Stories are Storybook's Component Story Format (`Meta` / `StoryObj` of
 * `@storybook/web-components-vite`) rendered with Lit, so the same `render` works in Storybook
 * and in test/stories/stories.test.ts, which renders every story of every file and runs axe-core.
 *
 * Arguments are named as the element's attributes (`heading-level`), as the controls generated
 * from the custom-elements manifest name them; `data` is the property; `width` and `state` are
 * the story's own (the container's width, and a feed state to show without a server).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { ref } from 'lit/directives/ref.js';
import type { FeedState } from '../src/feed/store.js';
import type { FeedController } from '../src/internal/feed-controller.js';
import { emptyFeed, IBAGUE, invalidFeed, longTexts } from '../test/fixtures/feeds.js';

export type Args = Record<string, unknown>;
export { IBAGUE };

/** Arguments of the story, not of the element. */
const STORY_ONLY = new Set(['width', 'state', 'data']);

/**
 * Sets the element's attributes from the arguments (removing those that became empty) and its
 * `data` property, so one template serves every attribute the controls offer.
 */
class AttrsDirective extends Directive {
  private names = new Set<string>();
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('attrs() belongs on an element');
  }
  render(_args: Args) {
    return nothing;
  }
  override update(part: ElementPart, [args]: [Args]) {
    const el = part.element as HTMLElement & { data?: unknown };
    const next = new Set<string>();
    for (const [name, v] of Object.entries(args)) {
      if (!/^[a-z][a-z-]*$/.test(name) || STORY_ONLY.has(name)) continue;
      if (v === undefined || v === null || v === '' || v === false || typeof v === 'object' || typeof v === 'function') continue;
      el.setAttribute(name, v === true ? '' : String(v));
      next.add(name);
    }
    for (const name of this.names) if (!next.has(name)) el.removeAttribute(name);
    this.names = next;
    if (el.data !== args.data) el.data = args.data;
    return nothing;
  }
}
export const attrs = directive(AttrsDirective);

/** The element in a container of the story's width. */
export const box = (args: Args, element: TemplateResult) => html`<div style="max-width:${Number(args.width) || 640}px">${element}</div>`;

/** Feed states a story shows without a server: a request that never ends, and last good data after a failed refresh. */
export const FEED_STATES: Record<string, (current: FeedState) => FeedState> = {
  loading: () => ({ status: 'loading', stale: false, revision: 0 }),
  stale: (s) => ({ ...s, stale: true, failure: { kind: 'http', status: 503 }, fetchedAt: new Date('2020-12-29T15:30:00Z') }),
};

const seeding = new WeakMap<Element, Promise<void>>();

/**
 * Puts the element's feed in a state of `FEED_STATES` once its own source has answered (no
 * request is left pending, nothing global is stubbed: only this element's controller changes).
 * Changing `src` or `data` afterwards loads for real again.
 */
export function feedState(name: unknown) {
  const next = typeof name === 'string' ? FEED_STATES[name] : undefined;
  if (!next) return nothing;
  return ref((el) => {
    if (el) seeding.set(el, seed(el as Frame, next));
  });
}

type Frame = HTMLElement & { updateComplete: Promise<boolean>; requestUpdate(): void };

async function seed(el: Frame, next: (s: FeedState) => FeedState) {
  // The frame's controller (protected in TypeScript; a story may look inside).
  const controller = (el as unknown as { feed: FeedController }).feed;
  await el.updateComplete;
  for (let i = 0; i < 500 && controller.state.status === 'loading'; i++) await new Promise((r) => setTimeout(r, 20));
  controller.state = next(controller.state);
  el.requestUpdate();
  await el.updateComplete;
}

/** Resolves once a `feedState` story has put its element in that state (at once for others). */
export const feedStateApplied = (el: Element) => seeding.get(el) ?? Promise.resolve();

/** The arguments of the states every element has, for stories named alike in every file. */
export const STATES = {
  loading: { src: undefined, state: 'loading' },
  empty: { src: undefined, data: emptyFeed() },
  error: { src: undefined, data: invalidFeed() },
  stale: { state: 'stale' },
  longTexts: { src: undefined, data: longTexts() },
  narrow: { width: 320 },
  wide: { width: 1280 },
  dark: { theme: 'dark' },
  english: { lang: 'en' },
} satisfies Record<string, Args>;

/** Arguments every stories file starts from. */
export const defaults = (width: number): Args => ({ src: IBAGUE, lang: 'es', theme: 'light', loading: 'eager', 'heading-level': 3, width });

/** Controls of the story's own arguments and of attributes whose values are a fixed set. */
export const ARG_TYPES = {
  width: { control: { type: 'range', min: 280, max: 1400, step: 20 }, description: 'Story only: width of the container, in pixels.', table: { category: 'story' } },
  state: { control: 'inline-radio', options: ['', 'loading', 'stale'], description: 'Story only: show a feed state without a server.', table: { category: 'story' } },
  lang: { control: 'inline-radio', options: ['es', 'en'] },
  theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  loading: { control: 'inline-radio', options: ['lazy', 'eager'] },
  'heading-level': { control: { type: 'number', min: 1, max: 6 } },
  refresh: { control: { type: 'number', min: 0 } },
  src: { control: 'text' },
  label: { control: 'text' },
  indicator: { control: 'text' },
  data: { control: 'object' },
};
