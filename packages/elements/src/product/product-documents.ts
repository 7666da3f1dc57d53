import { msg } from '@lit/localize';
import type { ProductDocument } from '@vitrine/core';
import { html } from 'lit';
import { intlLocale } from '../shared/localize.js';

function kindLabel(kind: ProductDocument['kind']): string {
  switch (kind) {
    case 'datasheet':
      return msg('Datasheet', { id: 'product.document.datasheet' });
    case 'safety':
      return msg('Safety data sheet', { id: 'product.document.safety' });
    case 'manual':
      return msg('Manual', { id: 'product.document.manual' });
    case 'certificate':
      return msg('Certificate', { id: 'product.document.certificate' });
    default:
      return msg('Document', { id: 'product.document.other' });
  }
}

/** "240 kB", in the page's language. */
function size(bytes: number): string {
  const kilobytes = bytes / 1000;
  return new Intl.NumberFormat(intlLocale(), {
    style: 'unit',
    unit: kilobytes >= 1000 ? 'megabyte' : 'kilobyte',
    maximumFractionDigits: kilobytes >= 1000 ? 1 : 0,
  }).format(kilobytes >= 1000 ? kilobytes / 1000 : Math.max(1, kilobytes));
}

/** "PDF, 240 kB": what the visitor is about to download. */
function details(document: ProductDocument): string {
  const pdf = /\.pdf($|[?#])/i.test(document.url) ? 'PDF' : '';
  const bytes = document.sizeBytes ? size(document.sizeBytes) : '';
  return [pdf, bytes].filter(Boolean).join(', ');
}

/** The files a buyer may need before ordering (B2B buyers often must file the safety sheet). */
export function renderDocuments(documents: readonly ProductDocument[]) {
  return html`<section class="documents">
    <h3>${msg('Documents', { id: 'product.documents' })}</h3>
    <ul part="documents">
      ${documents.map((document) => {
        const kind = kindLabel(document.kind);
        // "Fiche technique" titled "Fiche technique" says it once.
        const sameAsKind = kind.toLowerCase() === document.title.trim().toLowerCase();
        return html`<li>
          <a href=${document.url} download>${document.title}</a>
          <span class="muted"
            >${[sameAsKind ? '' : kind, details(document)].filter(Boolean).join(' · ')}</span
          >
        </li>`;
      })}
    </ul>
  </section>`;
}
