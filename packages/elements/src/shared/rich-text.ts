import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';

/** Only the tags a product description needs: text structure, lists, tables, links. */
const ALLOWED_TAGS = [
  'p',
  'br',
  'strong',
  'b',
  'em',
  'i',
  'u',
  'ul',
  'ol',
  'li',
  'h3',
  'h4',
  'h5',
  'blockquote',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'a',
  'span',
  'sub',
  'sup',
];
const ALLOWED_ATTR = ['href', 'title', 'lang', 'scope', 'colspan', 'rowspan'];

type Sanitize = (dirty: string) => string;
let sanitizer: Promise<Sanitize> | undefined;

/**
 * DOMPurify, loaded on first use only: most pages show no rich text. Links open safely, and
 * nothing but the allowed tags and attributes survives (no scripts, styles, handlers, images).
 */
function loadSanitizer(): Promise<Sanitize> {
  sanitizer ??= import('dompurify').then(({ default: purify }) => {
    purify.addHook('afterSanitizeAttributes', (node) => {
      if (node.tagName === 'A') {
        node.setAttribute('rel', 'noopener noreferrer nofollow');
        node.setAttribute('target', '_blank');
      }
    });
    return (dirty) => purify.sanitize(dirty, { ALLOWED_TAGS, ALLOWED_ATTR });
  });
  return sanitizer;
}

/**
 * Renders a backend's HTML once sanitised; until then (and if the sanitiser cannot load) the
 * plain-text `fallback`, so the visitor always reads the description.
 */
export class RichTextController implements ReactiveController {
  private source: string | undefined;
  private clean: string | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  render(dirty: string | undefined, fallback: string) {
    if (dirty !== this.source) {
      this.source = dirty;
      this.clean = undefined;
      if (dirty) {
        loadSanitizer().then(
          (sanitize) => {
            if (this.source !== dirty) return;
            this.clean = sanitize(dirty);
            this.host.requestUpdate();
          },
          () => undefined, // offline or blocked: the plain text stays
        );
      }
    }
    if (this.clean !== undefined) return unsafeHTML(this.clean);
    return fallback ? html`${fallback}` : nothing;
  }
}
