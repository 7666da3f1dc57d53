import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const src = new URL('../src/', import.meta.url).pathname;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'locales' ? [] : sources(path);
    return /\.ts$/.test(entry.name) && !/\.(test|stories)\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** Message ids and the number of ${…} placeholders of their English template. */
function usedMessages(): Map<string, number> {
  const used = new Map<string, number>();
  const call = /msg\(\s*(str)?(`(?:[^`\\]|\\.)*`|'(?:[^'\\]|\\.)*')\s*,\s*\{\s*id:\s*'([^']+)'/g;
  for (const file of sources(src)) {
    for (const match of readFileSync(file, 'utf8').matchAll(call)) {
      used.set(match[3]!, (match[2]!.match(/\$\{/g) ?? []).length);
    }
  }
  return used;
}

function frenchMessages(): Map<string, number> {
  const text = readFileSync(join(src, 'locales/fr.ts'), 'utf8');
  const entry = /'([^']+)':\s*(str`(?:[^`\\]|\\.)*`|'(?:[^'\\]|\\.)*')/g;
  return new Map(
    [...text.matchAll(entry)].map((m) => [m[1]!, (m[2]!.match(/\$\{/g) ?? []).length]),
  );
}

describe('French catalogue', () => {
  const used = usedMessages();
  const french = frenchMessages();

  it('finds the messages of the elements', () => {
    assert.ok(used.size > 40, `only ${used.size} messages found: is the pattern still right?`);
  });

  it('translates every message the elements use, with the same placeholders', () => {
    const missing = [...used.keys()].filter((id) => !french.has(id));
    assert.deepEqual(missing, []);
    const mismatched = [...used]
      .filter(([id, count]) => french.get(id) !== count)
      .map(([id]) => id);
    assert.deepEqual(mismatched, []);
  });

  it('has no translation left over from a removed message', () => {
    assert.deepEqual(
      [...french.keys()].filter((id) => !used.has(id)),
      [],
    );
  });
});
