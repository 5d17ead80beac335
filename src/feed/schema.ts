/**
 * The feed format, version 1: the single source of truth for its shape.
 *
 * Written with `zod/mini` because this schema ships to the browser inside every widget: the
 * classic API costs about four times as many bytes for the same checks. TypeScript types are
 * inferred from it (see `types.ts`) and `json-schema.ts` derives the published JSON Schema from
 * it, so the three can never disagree.
 *
 * Rules that hold across the whole format:
 * - dates are ISO 8601 calendar dates (`2020-12-29`), checked against the calendar;
 * - numbers are JSON numbers, never strings; counts are non-negative integers;
 * - text is plain text: widgets render it as text, never as HTML;
 * - links are absolute `http:`, `https:` or `mailto:` URLs;
 * - objects are strict: an unknown key is an error, so a misspelt field (`comitments`) is caught
 *   by the publisher's validator instead of silently ignored.
 */
import * as z from 'zod/mini';

/** The feed versions this code reads. A feed declares its own in `version`. */
export const FEED_VERSION = 1 as const;

/** Longest text field accepted; keeps a hostile or broken feed from freezing a page. */
export const MAX_TEXT = 20_000;

/** Text that is not blank. (No trimming: a transform could not be expressed in JSON Schema.) */
const NOT_BLANK = /\S/;
const text = () => z.string().check(z.maxLength(MAX_TEXT), z.regex(NOT_BLANK));
const shortText = () => z.string().check(z.maxLength(500), z.regex(NOT_BLANK));

/**
 * An ISO 8601 calendar date, `YYYY-MM-DD`, that exists (no 30 February, 29 February only in leap
 * years). The same pattern as zod's `z.iso.date()`, used directly because the ISO helper costs
 * about 0.6 KB more in every widget; the JSON Schema still says `"format": "date"`.
 */
export const DATE_PATTERN =
  /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))$/;
export const IsoDate = z.string().check(z.regex(DATE_PATTERN));

/** Only these schemes may become links in a widget. */
export const LINK_PATTERN = /^(?:https?:\/\/[^\s/?#]+[^\s]*|mailto:[^\s@]+@[^\s@]+)$/;
export const Link = z.string().check(z.maxLength(2_000), z.regex(LINK_PATTERN));

const count = () => z.int().check(z.nonnegative());
const percent = () => z.number().check(z.gte(0), z.lte(100));
const commitmentRef = () => z.int().check(z.positive());

export const EVIDENCE_KINDS = ['document', 'video', 'press', 'service', 'record'] as const;
export const EvidenceKind = z.enum(EVIDENCE_KINDS);

/** A piece of evidence: a document, a video, a press release, a service, a record on file. */
export const Evidence = z.strictObject({
  label: text(),
  kind: EvidenceKind,
  date: z.optional(IsoDate),
  url: z.optional(Link),
});

/**
 * The fixed status scale. It maps one to one onto the Open Government Partnership completion
 * levels: not started, limited, substantial, complete.
 */
export const STATUSES = ['not-started', 'started', 'advanced', 'completed'] as const;
export const Status = z.enum(STATUSES);

/** English (or other) renderings of a text the feed publishes in its own language. */
const Translation = z.strictObject({
  title: z.optional(text()),
  text: z.optional(text()),
});

export const Commitment = z.strictObject({
  number: commitmentRef(),
  /** A short name for tables of contents; the full text is `text`. */
  title: z.optional(shortText()),
  text: text(),
  offices: z.array(shortText()).check(z.minLength(1)),
  /**
   * The publisher's own status. Optional on purpose: a report that does not declare one must not
   * be given one by the transcriber; widgets then say "sin estado declarado".
   */
  status: z.optional(Status),
  /** Progress the publisher declares, 0–100. */
  progress: z.optional(percent()),
  /** The report's narrative, one plain-text item per paragraph or list item. */
  notes: z.optional(z.array(text())),
  evidence: z.optional(z.array(Evidence)),
  translations: z.optional(z.record(z.string().check(z.regex(/^[a-z]{2}(?:-[A-Z]{2})?$/)), Translation)),
});

const indicatorBase = {
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/)),
  commitment: commitmentRef(),
  title: shortText(),
  translations: z.optional(z.record(z.string().check(z.regex(/^[a-z]{2}(?:-[A-Z]{2})?$/)), Translation)),
  notes: z.optional(z.array(text())),
};

/** Where a figure comes from and when it was cut. */
export const Source = z.strictObject({
  /** The system or document the figures come from (e.g. "PISAMI"). */
  system: z.optional(shortText()),
  /** The date the figures were cut (`fecha de corte`). */
  cutDate: z.optional(IsoDate),
  url: z.optional(Link),
});

export const PlatformCount = z.strictObject({
  name: shortText(),
  count: count(),
  /** Share of the total the publisher declares, in percent (98.34 means 98,34 %). */
  share: z.optional(percent()),
});

/** One raw contract, counted by platform. Other fields a publisher adds are kept, not checked. */
export const ContractRow = z.looseObject({
  platform: shortText(),
});

/** The longest platform name in a raw row, as for every short text. */
const ROW_PLATFORM_MAX = 500;

/**
 * Raw contract rows: an array of `ContractRow`. Checked with a plain loop instead of zod's
 * per-item parse, because a feed may carry a million rows and zod copies each one (100,000
 * rows took about 70 ms, this loop about 10). The rules are ContractRow's, restated: a
 * non-blank `platform` string of at most 500 characters, other keys free, no `__proto__` key.
 * The JSON Schema for it is generated from `ContractRow` itself (json-schema.ts), and a test
 * checks both validators agree on good and bad rows.
 */
export const ContractRows = z.custom<z.infer<typeof ContractRow>[]>((v) => Array.isArray(v), {
  params: { rule: 'rows-array' },
}).check(
  z.superRefine((rows, ctx) => {
    const add = (i: number, rule: string, extra: Record<string, unknown> = {}) =>
      ctx.issues.push({ code: 'custom', input: rows, path: [i, ...(rule === 'unknown-key' ? ['__proto__'] : ['platform'])], params: { rule, ...extra }, message: rule });
    for (let i = 0; i < rows.length && ctx.issues.length < 200; i++) {
      const row: unknown = rows[i];
      if (typeof row !== 'object' || row === null || Array.isArray(row)) {
        ctx.issues.push({ code: 'custom', input: rows, path: [i], params: { rule: 'row-object' }, message: 'row-object' });
        continue;
      }
      const platform = (row as { platform?: unknown }).platform;
      if (platform === undefined) add(i, 'required');
      else if (typeof platform !== 'string') add(i, 'type', { expected: 'string' });
      // Counted in code points, as zod's maxLength and JSON Schema's maxLength count.
      else if (platform.length > ROW_PLATFORM_MAX && [...platform].length > ROW_PLATFORM_MAX) add(i, 'too-long', { maximum: ROW_PLATFORM_MAX });
      else if (!NOT_BLANK.test(platform)) add(i, 'blank');
      if (Object.prototype.hasOwnProperty.call(row, '__proto__')) add(i, 'unknown-key', { key: '__proto__' });
    }
  }),
);

/** Contracts per publication platform (SECOP II, Tienda Virtual, Bolsa Mercantil, …). */
export const ContractPlatformsIndicator = z.strictObject({
  ...indicatorBase,
  kind: z.literal('contract-platforms'),
  /** Counts per platform. Either this or `rows` (or both) must be present. */
  platforms: z.optional(z.array(PlatformCount)),
  /** Raw contract rows, counted by their `platform`. */
  rows: z.optional(ContractRows),
  declaredTotal: z.optional(count()),
  source: z.optional(Source),
}).check(
  z.refine((v) => v.platforms !== undefined || v.rows !== undefined, {
    message: 'platforms-or-rows',
    params: { rule: 'platforms-or-rows' },
  }),
);

export const Category = z.strictObject({ id: z.string().check(z.minLength(1), z.maxLength(64)), label: shortText() });

export const AttendanceGroup = z.strictObject({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  label: shortText(),
  /** Count per category id (`{"men": 272, "women": 231}`). */
  counts: z.record(z.string().check(z.minLength(1), z.maxLength(64)), count()),
  /** The total the report states for this group; checked against the sum of `counts`. */
  declaredTotal: z.optional(count()),
});

/** Attendance by group (urban / rural / virtual) and category (men / women). */
export const AttendanceIndicator = z.strictObject({
  ...indicatorBase,
  kind: z.literal('attendance'),
  categories: z.array(Category).check(z.minLength(1)),
  groups: z.array(AttendanceGroup).check(z.minLength(1)),
  source: z.optional(Source),
});

export const CADENCES = ['monthly', 'quarterly', 'semiannual', 'annual'] as const;
export const Cadence = z.enum(CADENCES);

export const FeedEvent = z.strictObject({
  date: IsoDate,
  label: z.optional(shortText()),
  url: z.optional(Link),
});

/** Dated events: meetings, sessions, milestones, reports. */
export const EventsIndicator = z.strictObject({
  ...indicatorBase,
  kind: z.literal('events'),
  /** How often the commitment promises the event; the period is the report's. */
  cadence: z.optional(Cadence),
  /** How many events the report's text says were held, when it says so. */
  declaredCount: z.optional(count()),
  events: z.array(FeedEvent),
});

export const TerritoryCount = z.strictObject({ territory: shortText(), count: count() });

/** Counts per territory (comuna, corregimiento). */
export const TerritoryCountsIndicator = z.strictObject({
  ...indicatorBase,
  kind: z.literal('territory-counts'),
  /** What the counts count ("Consejos de Seguridad Comunitarios"). */
  unit: z.optional(shortText()),
  counts: z.array(TerritoryCount),
  /** Every territory of the place, so those with no count show as zero. */
  territories: z.optional(z.array(shortText())),
  declaredTotal: z.optional(count()),
});

/** A change against a baseline: `{"value": -69, "baseline": "diciembre de 2019"}` is −69 %. */
export const Change = z.strictObject({
  /** Relative change in percent; negative is a decrease. */
  value: z.number().check(z.gte(-100), z.lte(1e6)),
  baseline: shortText(),
  baselineDate: z.optional(IsoDate),
});

export const FIGURE_FORMATS = ['number', 'percent', 'currency'] as const;

/** One figure with its unit, and optionally its change against a baseline. */
export const FigureIndicator = z.strictObject({
  ...indicatorBase,
  kind: z.literal('figure'),
  /** The figure itself. Either this or `change` (or both) must be present. */
  value: z.optional(z.number().check(z.gte(-1e15), z.lte(1e15))),
  /** What is counted ("personas capacitadas"). */
  unit: z.optional(shortText()),
  format: z.optional(z.enum(FIGURE_FORMATS)),
  /** ISO 4217 code, for `format: "currency"`. */
  currency: z.optional(z.string().check(z.regex(/^[A-Z]{3}$/))),
  change: z.optional(Change),
  date: z.optional(IsoDate),
  source: z.optional(Source),
}).check(
  z.refine((v) => v.value !== undefined || v.change !== undefined, {
    message: 'value-or-change',
    params: { rule: 'value-or-change' },
  }),
);

export const LinkItem = z.strictObject({
  label: text(),
  kind: EvidenceKind,
  url: z.optional(Link),
  date: z.optional(IsoDate),
});

/** Lists of services, press releases, documents, videos. */
export const LinksIndicator = z.strictObject({
  ...indicatorBase,
  kind: z.literal('links'),
  items: z.array(LinkItem),
});

export const INDICATOR_KINDS = [
  'contract-platforms',
  'attendance',
  'events',
  'territory-counts',
  'figure',
  'links',
] as const;

export const Indicator = z.discriminatedUnion('kind', [
  ContractPlatformsIndicator,
  AttendanceIndicator,
  EventsIndicator,
  TerritoryCountsIndicator,
  FigureIndicator,
  LinksIndicator,
]);

export const Period = z.strictObject({ start: IsoDate, end: IsoDate });

export const Report = z.strictObject({
  /** The issuing entity ("Alcaldía de Ibagué"). */
  entity: shortText(),
  /** The office that compiled the report, when it says. */
  office: z.optional(shortText()),
  title: shortText(),
  /** The period the report covers. */
  period: Period,
  /** When the report was published, when known. */
  published: z.optional(IsoDate),
  /** The document the feed transcribes. */
  source: z.optional(
    z.strictObject({
      title: shortText(),
      url: z.optional(Link),
    }),
  ),
  /** BCP 47 language of the feed's text (`es-CO`). */
  language: z.string().check(z.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/)),
  translations: z.optional(z.record(z.string().check(z.regex(/^[a-z]{2}(?:-[A-Z]{2})?$/)), Translation)),
});

export const Feed = z.strictObject({
  /** Lets editors point at the published JSON Schema; ignored by the widgets. */
  $schema: z.optional(z.string().check(z.maxLength(2_000))),
  version: z.literal(FEED_VERSION),
  report: Report,
  commitments: z.array(Commitment),
  indicators: z.optional(z.array(Indicator)),
});
