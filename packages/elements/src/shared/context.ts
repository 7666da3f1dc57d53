import { createContext } from '@lit/context';
import type { Storefront } from '@vitrine/core';

/** The one context: elements receive the storefront service, never snapshots of its state. */
export const storefrontContext = createContext<Storefront>(Symbol.for('vitrine.storefront'));
