/**
 * The one-file embed for CMS pages: every element, registered, with the reference backend.
 * `<script type="module" src=".../vitrine.js">` then `<vt-storefront api="…">`.
 */
import { createReferenceAdapter } from '@vitrine/adapter-reference';
import { registerAdapter } from './shared/adapters.js';

registerAdapter('reference', ({ api }) => createReferenceAdapter({ baseUrl: api }));

export * from './index.js';
