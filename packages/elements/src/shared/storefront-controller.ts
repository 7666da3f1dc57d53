import { ContextConsumer } from '@lit/context';
import type { Storefront } from '@vitrine/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ReadableAtom } from 'nanostores';
import { storefrontContext } from './context.js';
import { findStorefront, onRegistryChange } from './registry.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Finds the element's storefront — the enclosing <vt-storefront>, else the one named by the
 * element's `storefront` attribute, else the page's default — and re-renders the element
 * whenever one of the stores it reads changes.
 */
export class StorefrontController implements ReactiveController {
  private fromContext: Storefront | undefined;
  private current: Storefront | undefined;
  private unsubscribes: (() => void)[] = [];
  private stopWatchingRegistry: (() => void) | undefined;

  constructor(
    private readonly host: Host,
    private readonly stores: (storefront: Storefront) => readonly ReadableAtom<unknown>[],
    private readonly onChange?: (storefront: Storefront | undefined) => void,
  ) {
    // The consumer goes first so that, on connection, the enclosing storefront is known
    // before the page's default is considered.
    new ContextConsumer(host, {
      context: storefrontContext,
      subscribe: true,
      callback: (storefront) => {
        this.fromContext = storefront;
        this.resolve();
      },
    });
    host.addController(this);
  }

  get value(): Storefront | undefined {
    return this.current;
  }

  /** Subscribes again, for elements whose list of stores depends on their own properties. */
  refresh(): void {
    if (this.current) this.attach(this.current);
  }

  hostConnected(): void {
    this.stopWatchingRegistry = onRegistryChange(() => this.resolve());
    this.resolve();
  }

  hostDisconnected(): void {
    this.stopWatchingRegistry?.();
    this.attach(undefined);
  }

  private resolve(): void {
    if (!this.host.isConnected) return;
    const next = this.fromContext ?? findStorefront(this.host.getAttribute('storefront'));
    if (next !== this.current) this.attach(next);
  }

  private attach(storefront: Storefront | undefined): void {
    for (const unsubscribe of this.unsubscribes) unsubscribe();
    this.current = storefront;
    // First the element's own setup (its initial query), then the subscriptions that start
    // loading: otherwise a first request would go out with the defaults, only to be aborted.
    this.onChange?.(storefront);
    this.unsubscribes = storefront
      ? this.stores(storefront).map((store) => store.listen(() => this.host.requestUpdate()))
      : [];
    this.host.requestUpdate();
  }
}
