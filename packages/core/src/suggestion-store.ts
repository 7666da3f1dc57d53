import { atom } from 'nanostores';
import type { CommerceAdapter } from './adapter.js';
import type { SearchSuggestions } from './catalog.js';

/** Fewer characters than this suggest too much to help. */
export const MIN_SUGGESTION_LENGTH = 2;

/** Suggestions with the text they answer. */
export interface SuggestionsFor extends SearchSuggestions {
  readonly text: string;
}

/**
 * What a search box suggests while the visitor types. A newer text aborts the older request.
 * Too short a text, an adapter without suggestions, or a failed request suggest nothing: the
 * search itself works without them, so no error is kept.
 */
export function createSuggestionStore(adapter: CommerceAdapter) {
  const $suggestions = atom<SuggestionsFor | undefined>(undefined);
  let controller: AbortController | undefined;

  function clear(): void {
    controller?.abort();
    controller = undefined;
    $suggestions.set(undefined);
  }

  async function suggest(typed: string): Promise<void> {
    const text = typed.trim();
    const usable = adapter.capabilities.suggestions && adapter.suggest;
    if (!usable || text.length < MIN_SUGGESTION_LENGTH) return clear();
    if ($suggestions.get()?.text === text && !controller) return;
    controller?.abort();
    const current = new AbortController();
    controller = current;
    try {
      const found = await usable.call(adapter, text, { signal: current.signal });
      if (!current.signal.aborted) $suggestions.set({ ...found, text });
    } catch {
      if (!current.signal.aborted) $suggestions.set(undefined);
    } finally {
      if (controller === current) controller = undefined;
    }
  }

  return { $suggestions, suggest, clear };
}
