// What the template minifier of the build removes, and what it must keep.
//   node --import tsx --test scripts/minify-templates.test.mts
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyEdits, minifyCssParts, minifyHtmlParts, templateEdits } from './minify-templates.mts';

const minify = (code: string, file = 'x.ts') => applyEdits(code, templateEdits(code, file), file);

describe('html templates', () => {
  test('indentation between tags becomes one space, as the browser renders it', () => {
    assert.deepEqual(minifyHtmlParts(['<ul>\n    <li>a</li>\n    <li>b</li>\n  </ul>']), [
      '<ul> <li>a</li> <li>b</li> </ul>',
    ]);
  });

  test('inside a tag, runs become one space and the one before `>` goes', () => {
    assert.deepEqual(minifyHtmlParts(['<button\n  class="step"\n  type="button"\n>+</button>']), [
      '<button class="step" type="button">+</button>',
    ]);
  });

  test('attribute values in quotes, comments, <pre> and <textarea> are kept', () => {
    const parts = [
      '<p title="a\n   b">x</p><!-- a\n   b --><pre>  1\n    2</pre>  <textarea>\n  t\n</textarea>',
    ];
    assert.deepEqual(minifyHtmlParts(parts), [
      '<p title="a\n   b">x</p><!-- a\n   b --><pre>  1\n    2</pre> <textarea>\n  t\n</textarea>',
    ]);
  });

  test('next to an expression one space stays, in text and in tags; state crosses expressions', () => {
    // <p class=${…}\n  title="${…}  kept">\n  ${…}\n</p>
    assert.deepEqual(minifyHtmlParts(['<p class=', '\n  title="', '  kept">\n  ', '\n</p>']), [
      '<p class=',
      ' title="',
      '  kept"> ',
      ' </p>',
    ]);
  });

  test('a JS line continuation is left whole', () => {
    assert.deepEqual(minifyHtmlParts(['<b>a\\\n  b</b>']), ['<b>a\\\n b</b>']);
  });
});

describe('css templates', () => {
  test('white space around punctuation and comments go; the last `;` of a block goes', () => {
    const css = '\n  /* tokens */\n  .a,\n  .b > .c {\n    color: red;\n    margin: 0 auto;\n  }\n';
    assert.deepEqual(minifyCssParts([css]), ['.a,.b > .c{color:red;margin:0 auto}']);
  });

  test('spaces that carry meaning stay: calc, descendant and pseudo-class selectors', () => {
    const css =
      '.a :focus { width: calc(100% - 2 * var(--x)); }\n@media (min-width: 600px) and (hover) { .b .c { top: 0 } }';
    assert.deepEqual(minifyCssParts([css]), [
      '.a :focus{width:calc(100% - 2 * var(--x))}@media (min-width:600px) and (hover){.b .c{top:0}}',
    ]);
  });

  test('strings are kept as written, with their escapes', () => {
    const css = ".l {\n  grid-template-areas:\n    'a  b'\n    'c d';\n  content: '\\\\  ;}';\n}";
    assert.deepEqual(minifyCssParts([css]), [
      ".l{grid-template-areas:'a  b' 'c d';content:'\\\\  ;}'}",
    ]);
  });

  test('next to an expression one space stays unless punctuation makes it useless', () => {
    // \n  .a { width: ${…} ; }\n  ${…}\n  .b { }\n
    assert.deepEqual(minifyCssParts(['\n  .a {\n    width: ', ' ;\n  }\n  ', '\n  .b {}\n']), [
      '.a{width:',
      '}',
      ' .b{}',
    ]);
  });
});

describe('the build transform', () => {
  test('changes only templates whose tag is imported from Lit, under any local name', () => {
    const code = [
      "import { html, css as litCss } from 'lit';",
      "import { str } from '@lit/localize';",
      'const html2 = (s: TemplateStringsArray) => s;',
      'export const a = html`<p>\n  x\n</p>`;',
      'export const b = litCss`.a {\n  color: red;\n}`;',
      'export const c = str`keep  \n  this`;',
      'export const d = html2`<p>\n  kept\n</p>`;',
      'export const e = `<p>\n  plain\n</p>`;',
    ].join('\n');
    const out = minify(code).code;
    const lines = out.split('\n');
    assert.equal(lines[3], 'export const a = html`<p> x </p>`;');
    assert.equal(lines[4], 'export const b = litCss`.a{color:red}`;');
    const rest = (text: string) => text.slice(text.indexOf('export const c'));
    assert.equal(rest(out), rest(code));
  });

  test('leaves modules that do not import Lit templates alone', () => {
    const code = "import { html } from './my-html.js';\nexport const a = html`<p>\n  x\n</p>`;";
    assert.deepEqual(templateEdits(code), []);
  });

  test('maps code after a template back to its original line and column', () => {
    const code =
      "import { html } from 'lit';\nconst a = html`<p>\n    x\n  </p>`;\nexport const after = a;";
    const { code: out, map } = minify(code);
    // The template shrank to one line: `after` moved from line 5 to line 3 of the output.
    const outLines = out.split('\n');
    assert.equal(outLines[1], 'const a = html`<p> x </p>`;');
    const column = outLines[2]!.indexOf('after');
    assert.equal(code.split('\n')[4]!.slice(13, 18), 'after');
    assert.deepEqual(originalPosition(map.mappings, 2, column), { line: 5, column: 13 });
  });
});

/** The original (1-based line, 0-based column) of a generated position (0-based line). */
function originalPosition(mappings: string, line: number, column: number) {
  const digits = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let originalLine = 0;
  let originalColumn = 0;
  let found: { line: number; column: number } | undefined;
  mappings.split(';').forEach((text, lineIndex) => {
    let generated = 0;
    for (const segment of text.split(',').filter(Boolean)) {
      const values: number[] = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = digits.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      generated += values[0]!;
      originalLine += values[2]!;
      originalColumn += values[3]!;
      if (lineIndex === line && generated === column) {
        found = { line: originalLine + 1, column: originalColumn };
      }
    }
  });
  return found;
}
