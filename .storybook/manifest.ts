/**
 * The docs pages read custom-elements.json. Storybook's own reader keys every row by its bare
 * name, so a CSS part and an attribute of the same name (`amount` on `<vt-price>`) overwrite
 * each other; this reader keeps them apart and shows the whole class comment.
 */
import { getCustomElements, type Preview } from '@storybook/web-components-vite';

interface ManifestItem {
  readonly name: string;
  readonly kind?: string;
  readonly description?: string;
  readonly type?: { readonly text?: string };
  readonly default?: string;
  readonly fieldName?: string;
}

interface ManifestDeclaration {
  readonly tagName?: string;
  readonly summary?: string;
  readonly description?: string;
  readonly members?: readonly ManifestItem[];
  readonly attributes?: readonly ManifestItem[];
  readonly events?: readonly ManifestItem[];
  readonly slots?: readonly ManifestItem[];
  readonly cssProperties?: readonly ManifestItem[];
  readonly cssParts?: readonly ManifestItem[];
}

export interface Manifest {
  readonly modules?: readonly { readonly declarations?: readonly ManifestDeclaration[] }[];
}

type ArgTypes = Record<string, Record<string, unknown>>;
type ArgTypesEnhancer = NonNullable<Preview['argTypesEnhancers']>[number];

function declarationOf(tagName: unknown): ManifestDeclaration | undefined {
  const manifest = getCustomElements() as Manifest | undefined;
  for (const module of manifest?.modules ?? []) {
    const found = module.declarations?.find((d) => d.tagName === tagName);
    if (found) return found;
  }
  return undefined;
}

function row(item: ManifestItem, category: string, name = item.name): Record<string, unknown> {
  const text = item.type?.text;
  return {
    name,
    description: item.description,
    // `number | undefined` is a number for the controls; the table shows the declared type.
    type: { name: text?.replace(/\s*\|\s*undefined\b/g, '') ?? 'other' },
    table: {
      category,
      type: text ? { summary: text } : undefined,
      defaultValue: item.default === undefined ? undefined : { summary: item.default },
    },
  };
}

type Entry = readonly [key: string, argType: Record<string, unknown>];

function rows(
  items: readonly ManifestItem[] | undefined,
  entries: (item: ManifestItem) => Entry[],
): Entry[] {
  return (items ?? []).flatMap(entries);
}

const handlerName = (event: string) =>
  `on${event.replace(/(?:^|[-_:.\s]+)(.)/g, (_m, c: string) => c.toUpperCase())}`;

/** One table row per attribute, property, event, slot, CSS property and part of the element. */
export function extractArgTypes(tagName: unknown): ArgTypes | null {
  const element = declarationOf(tagName);
  if (!element) return null;
  const attributes = new Set(element.attributes?.map((a) => a.name));
  // An attribute and the property it sets often share their name: one row, the attribute's.
  const fields = element.members?.filter((m) => m.kind === 'field' && !attributes.has(m.name));
  return Object.fromEntries([
    ...rows(element.attributes, (a) => [[a.name, row(a, 'attributes')]]),
    ...rows(fields, (p) => [[p.name, row(p, 'properties')]]),
    ...rows(element.events, (e) => [
      // The handler arg logs to the Actions panel; its row stays out of the table.
      [
        handlerName(e.name),
        { name: handlerName(e.name), action: e.name, table: { disable: true } },
      ],
      [`event:${e.name}`, row(e, 'events')],
    ]),
    ...rows(element.slots, (s) => [[`slot:${s.name}`, row(s, 'slots', s.name || '(default)')]]),
    ...rows(element.cssProperties, (c) => [[`css:${c.name}`, row(c, 'css custom properties')]]),
    ...rows(element.cssParts, (p) => [[`part:${p.name}`, row(p, 'css shadow parts')]]),
  ]);
}

/** The class comment: its `@summary`, which holds the whole text when the tag comes first. */
export function extractComponentDescription(tagName: unknown): string {
  const element = declarationOf(tagName);
  return [element?.summary, element?.description].filter(Boolean).join('\n\n');
}

/**
 * Controls only for what a story renders from its args: the attributes, and the properties it
 * gives a value. Slots, parts, events and properties that mirror an attribute stay documented in
 * the table, without a control that would change nothing.
 */
export const controlsForRenderedArgs: ArgTypesEnhancer = ({ argTypes, initialArgs, component }) => {
  const mirrored = new Set(declarationOf(component)?.attributes?.map((a) => a.fieldName));
  return Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => {
      const category = argType.table?.category;
      const controlled =
        argType.control !== undefined ||
        category === undefined ||
        category === 'attributes' ||
        (name in initialArgs && !mirrored.has(name));
      return [name, controlled ? argType : { ...argType, control: false }];
    }),
  );
};
