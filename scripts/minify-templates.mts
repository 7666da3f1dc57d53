// A build plugin that removes the indentation and line breaks the source formatting leaves inside
// Lit's html``, svg`` and css`` templates: the JS minifier keeps template text as written.
//
// Only what cannot change a rendering is removed:
// - html/svg: in text between tags, each run of white space becomes one space (what the browser
//   renders anyway, `white-space: normal`); inside a tag, runs become one space and go before
//   `>`; attribute values in quotes, comments, <pre>, <textarea>, <script> and <style> stay as
//   written.
// - css: comments go; white space goes next to `{ } ; , :` (and inside parentheses) and at both
//   ends, other runs become one space (`calc(a + b)`, descendant selectors); strings stay; the
//   `;` before `}` goes.
// Runs next to a `${…}` expression keep one space, since the expression's text is unknown.
// The plugin returns a source map, so the build's maps still point at the original lines.
import { parseAst, type Plugin } from 'vite';

/** html``, svg`` and css`` as imported from Lit. */
type TemplateKind = 'html' | 'css';

const LIT_MODULE = /^lit(?:-html|-element)?(?:\/|$)/;
const TAG_KINDS: Record<string, TemplateKind> = { html: 'html', svg: 'html', css: 'css' };

export function minifyTemplates(): Plugin {
  return {
    name: 'vitrine:minify-templates',
    apply: 'build',
    // Before the TypeScript transform, so that the map composes with the original source.
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0]!;
      if (!/\.[cm]?[jt]sx?$/.test(file) || /[\\/]node_modules[\\/]/.test(file)) return null;
      if (!/from\s*['"]lit/.test(code)) return null;
      const edits = templateEdits(code, file);
      if (edits.length === 0) return null;
      return applyEdits(code, edits, file);
    },
  };
}

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

interface Node {
  readonly type: string;
  readonly start: number;
  readonly end: number;
  readonly [key: string]: unknown;
}

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';

/** The replacements of every Lit template's text in a module. */
export function templateEdits(code: string, file = 'module.ts'): Edit[] {
  const lang = /\.[cm]?tsx$/.test(file) ? 'tsx' : /\.[cm]?ts$/.test(file) ? 'ts' : 'js';
  const program = parseAst(code, { lang }, file) as unknown as Node;
  const tags = new Map<string, TemplateKind>();
  for (const statement of program['body'] as Node[]) {
    if (statement.type !== 'ImportDeclaration') continue;
    if (!LIT_MODULE.test((statement['source'] as { value: string }).value)) continue;
    for (const specifier of statement['specifiers'] as Node[]) {
      if (specifier.type !== 'ImportSpecifier') continue;
      const imported = specifier['imported'] as { name?: string; value?: string };
      const kind = TAG_KINDS[imported.name ?? imported.value ?? ''];
      if (kind) tags.set((specifier['local'] as { name: string }).name, kind);
    }
  }
  if (tags.size === 0) return [];

  const edits: Edit[] = [];
  const visit = (node: Node) => {
    if (node.type === 'TaggedTemplateExpression') {
      const tag = node['tag'] as Node;
      const kind = tag.type === 'Identifier' ? tags.get(tag['name'] as string) : undefined;
      if (kind) edits.push(...quasiEdits(code, node['quasi'] as Node, kind));
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) for (const item of value) if (isNode(item)) visit(item);
      if (isNode(value)) visit(value);
    }
  };
  visit(program);
  return edits.sort((a, b) => a.start - b.start);
}

function quasiEdits(code: string, literal: Node, kind: TemplateKind): Edit[] {
  const quasis = literal['quasis'] as Node[];
  const raws = quasis.map((q) => (q['value'] as { raw: string }).raw);
  // Parsers differ on whether a quasi's span includes its delimiters: find the raw text in it.
  const starts = quasis.map((q, i) => code.indexOf(raws[i]!, q.start));
  if (starts.some((start, i) => start < 0 || start + raws[i]!.length > quasis[i]!.end)) return [];
  const minified = kind === 'css' ? minifyCssParts(raws) : minifyHtmlParts(raws);
  return raws.flatMap((raw, i) =>
    minified[i] === raw
      ? []
      : [{ start: starts[i]!, end: starts[i]! + raw.length, text: minified[i]! }],
  );
}

// ---------------------------------------------------------------------------------------------
// html and svg

/** Elements whose content is kept exactly as written. */
const VERBATIM = new Set(['pre', 'textarea', 'script', 'style']);
const isSpace = (c: string | undefined) =>
  c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f';

type HtmlState =
  | { readonly in: 'text' | 'tag' | 'comment' }
  | { readonly in: 'value'; readonly quote: string }
  | { readonly in: 'verbatim'; readonly until: string };

/**
 * The parts of one html`` template (the text between its `${…}`), minified. The parser state
 * runs across the parts: an expression can stand inside a tag or an attribute value.
 */
export function minifyHtmlParts(parts: readonly string[]): string[] {
  let state: HtmlState = { in: 'text' };
  // The element whose start tag is being read, for <pre> and the like.
  let openTag = '';
  return parts.map((part) => {
    let out = '';
    let i = 0;
    while (i < part.length) {
      const c = part[i]!;
      if (state.in === 'verbatim') {
        const close = part.toLowerCase().indexOf(state.until, i);
        const end = close === -1 ? part.length : close;
        out += part.slice(i, end);
        i = end;
        if (close !== -1) state = { in: 'text' };
        continue;
      }
      if (state.in === 'comment') {
        const close = part.indexOf('-->', i);
        const end = close === -1 ? part.length : close + 3;
        out += part.slice(i, end);
        i = end;
        if (close !== -1) state = { in: 'text' };
        continue;
      }
      if (state.in === 'value') {
        const close = part.indexOf(state.quote, i);
        const end = close === -1 ? part.length : close + 1;
        out += part.slice(i, end);
        i = end;
        if (close !== -1) state = { in: 'tag' };
        continue;
      }
      if (c === '\\') {
        // A JS escape: kept whole (a backslash before a line break joins the lines).
        out += part.slice(i, i + 2);
        i += 2;
        continue;
      }
      if (isSpace(c)) {
        let end = i;
        while (isSpace(part[end])) end += 1;
        // Inside a tag, white space before `>` goes; elsewhere a run becomes one space.
        out += state.in === 'tag' && part[end] === '>' ? '' : ' ';
        i = end;
        continue;
      }
      if (state.in === 'text') {
        if (part.startsWith('<!--', i)) {
          state = { in: 'comment' };
          out += '<!--';
          i += 4;
          continue;
        }
        const name = /^<\/?([a-zA-Z][\w-]*)/.exec(part.slice(i));
        if (name) {
          openTag = name[0][1] === '/' ? '' : name[1]!.toLowerCase();
          state = { in: 'tag' };
          out += name[0];
          i += name[0].length;
          continue;
        }
        out += c;
        i += 1;
        continue;
      }
      // In a tag.
      if (c === '"' || c === "'") state = { in: 'value', quote: c };
      else if (c === '>') {
        state = VERBATIM.has(openTag) ? { in: 'verbatim', until: `</${openTag}` } : { in: 'text' };
        openTag = '';
      }
      out += c;
      i += 1;
    }
    return out;
  });
}

// ---------------------------------------------------------------------------------------------
// css

/** White space after these characters carries no meaning in CSS. */
const CSS_SPACE_AFTER = new Set(['{', '}', ';', ',', ':', '(']);
/** Nor before these. */
const CSS_SPACE_BEFORE = new Set(['{', '}', ';', ',', ')']);

/** The parts of one css`` template (the text between its `${…}`), minified. */
export function minifyCssParts(parts: readonly string[]): string[] {
  let quote = '';
  let comment = false;
  return parts.map((part, index) => {
    const first = index === 0;
    const last = index === parts.length - 1;
    let out = '';
    let i = 0;
    while (i < part.length) {
      const c = part[i]!;
      if (quote) {
        out += c;
        if (c === '\\') out += part[i + 1] ?? '';
        else if (c === quote) quote = '';
        i += c === '\\' ? 2 : 1;
        continue;
      }
      if (comment || isSpace(c) || part.startsWith('/*', i)) {
        // A run of white space and comments.
        let end = i;
        for (;;) {
          if (comment) {
            const close = part.indexOf('*/', end);
            if (close === -1) {
              end = part.length;
              break;
            }
            comment = false;
            end = close + 2;
          } else if (isSpace(part[end])) end += 1;
          else if (part.startsWith('/*', end)) {
            comment = true;
            end += 2;
          } else break;
        }
        const previous = out.at(-1);
        const next = part[end];
        const atTemplateEdge = (first && out === '') || (last && end === part.length);
        const droppable =
          (previous !== undefined && CSS_SPACE_AFTER.has(previous)) ||
          (next !== undefined && CSS_SPACE_BEFORE.has(next));
        out += atTemplateEdge || droppable ? '' : ' ';
        i = end;
        continue;
      }
      if (c === '"' || c === "'") quote = c;
      if (c === '}' && out.endsWith(';')) out = out.slice(0, -1);
      out += c;
      if (c === '\\') out += part[i + 1] ?? '';
      i += c === '\\' ? 2 : 1;
    }
    return out;
  });
}

// ---------------------------------------------------------------------------------------------
// Output with a source map

interface SourceMap {
  readonly version: 3;
  readonly sources: string[];
  readonly sourcesContent: string[];
  readonly names: string[];
  readonly mappings: string;
}

/**
 * The code with the edits applied, and a map that ties every kept character to its original
 * line and column (a replacement maps to where the text it replaces began).
 */
export function applyEdits(
  code: string,
  edits: readonly Edit[],
  file: string,
): { code: string; map: SourceMap } {
  let out = '';
  const lines: string[] = [];
  let segments: string[] = [];
  let generatedColumn = 0;
  let previousColumn = 0;
  let originalLine = 0;
  let originalColumn = 0;
  let previousOriginalLine = 0;
  let previousOriginalColumn = 0;

  const map = () => {
    segments.push(
      vlq(generatedColumn - previousColumn) +
        vlq(0) +
        vlq(originalLine - previousOriginalLine) +
        vlq(originalColumn - previousOriginalColumn),
    );
    previousColumn = generatedColumn;
    previousOriginalLine = originalLine;
    previousOriginalColumn = originalColumn;
  };
  const advanceOriginal = (text: string) => {
    for (const c of text) {
      if (c === '\n') {
        originalLine += 1;
        originalColumn = 0;
      } else originalColumn += c.length;
    }
  };
  const emit = (c: string) => {
    out += c;
    if (c === '\n') {
      lines.push(segments.join(','));
      segments = [];
      generatedColumn = 0;
      previousColumn = 0;
    } else generatedColumn += c.length;
  };

  let position = 0;
  for (const edit of [...edits, { start: code.length, end: code.length, text: '' }]) {
    for (const c of code.slice(position, edit.start)) {
      if (c !== '\n') map();
      emit(c);
      advanceOriginal(c);
    }
    if (edit.end > edit.start || edit.text) {
      if (edit.text) map();
      for (const c of edit.text) emit(c);
      advanceOriginal(code.slice(edit.start, edit.end));
    }
    position = edit.end;
  }
  lines.push(segments.join(','));
  return {
    code: out,
    map: {
      version: 3,
      sources: [file],
      sourcesContent: [code],
      names: [],
      mappings: lines.join(';'),
    },
  };
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** A source map number: base64 VLQ, sign in the lowest bit. */
function vlq(value: number): string {
  let rest = value < 0 ? (-value << 1) | 1 : value << 1;
  let out = '';
  do {
    let digit = rest & 31;
    rest >>>= 5;
    if (rest > 0) digit |= 32;
    out += BASE64[digit];
  } while (rest > 0);
  return out;
}
