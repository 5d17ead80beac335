/**
 * The custom-elements manifest (dist/custom-elements.json, written by the build from each
 * element's JSDoc) reduced to the public API, for Storybook's controls and docs and the
 * theming page: no private or protected members, nothing starting with `_`, no methods, and a
 * property that has an attribute shown once, as the attribute.
 */
export interface Item {
  readonly name: string;
  readonly description?: string;
  readonly kind?: string;
  readonly privacy?: string;
  readonly static?: boolean;
  readonly attribute?: string;
  readonly [key: string]: unknown;
}

export interface Declaration {
  readonly tagName?: string;
  readonly name?: string;
  readonly description?: string;
  readonly members?: readonly Item[];
  readonly attributes?: readonly Item[];
  readonly events?: readonly Item[];
  readonly slots?: readonly Item[];
  readonly cssParts?: readonly Item[];
  readonly cssProperties?: readonly Item[];
  readonly [key: string]: unknown;
}

export interface Manifest {
  readonly modules: readonly { readonly path?: string; readonly declarations?: readonly Declaration[]; readonly [key: string]: unknown }[];
  readonly [key: string]: unknown;
}

const isPublic = (x: Item) => (!x.privacy || x.privacy === 'public') && !x.static && !/^[_#]/.test(x.name);

/** The elements only, each with its public API. */
export function publicManifest(manifest: Manifest): Manifest {
  return {
    ...manifest,
    modules: manifest.modules.map((m) => ({
      ...m,
      declarations: (m.declarations ?? [])
        .filter((d) => d.tagName)
        .map((d) => ({
          ...d,
          members: (d.members ?? []).filter((x) => x.kind === 'field' && isPublic(x) && !x.attribute),
          attributes: (d.attributes ?? []).filter(isPublic),
          // Named as a reader writes them, and so that no part collides with an attribute
          // (`status`) in the controls.
          cssParts: (d.cssParts ?? []).map((p) => ({ ...p, name: `::part(${p.name})` })),
          slots: (d.slots ?? []).map((s) => ({ ...s, name: s.name || '(default slot)' })),
        })),
    })),
  };
}

/** Every element of the manifest, by tag. */
export const elements = (manifest: Manifest): Declaration[] =>
  manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
