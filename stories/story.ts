/**
 * What the stories files share until Storybook is set up (issue 5): the story shape (Component
 * Story Format, the subset we use) and the feed every story points at. The stories render with
 * Lit, so the same `render` works in Storybook and in test/stories/stories.test.ts, which renders
 * every story of every file and runs axe-core on it.
 */
import type { TemplateResult } from 'lit';

export type Args = Record<string, unknown>;

export interface Story {
  readonly name?: string;
  readonly args?: Args;
  readonly render?: (args: Args) => TemplateResult;
}

export interface Meta {
  readonly title: string;
  readonly component: string;
  readonly args?: Args;
  readonly render: (args: Args) => TemplateResult;
}

/** The Ibagué 2020 feed (demo/feeds), as served from the repository root. */
export const IBAGUE = '/demo/feeds/ibague-2020.json';

/** A feed that fails validation: the error state shows the real message with its JSON path. */
export const INVALID_FEED = {
  version: 1,
  report: { entity: 'Alcaldía de Ejemplo', title: 'Informe', period: { start: '2020-01-01', end: '2020-12-31' }, language: 'es-CO' },
  commitments: [{ number: 1, text: 42, offices: [] }],
};
