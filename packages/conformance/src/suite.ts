import { after, before, describe, it } from 'node:test';
import type { CommerceAdapter, ProductDetail, ProductPage } from '@vitrine/core';
import { CATALOG_CHECKS } from './catalog-checks.js';
import { CART_CHECKS } from './cart-checks.js';
import { faultableFetch, type FaultName } from './faults.js';
import { PRODUCT_CHECKS } from './product-checks.js';
import { ACCOUNT_CHECKS } from './account-checks.js';
import type { CheckName, ConformanceSubject } from './subject.js';

/** What every check gets: the adapter, and the first results loaded once for all. */
export interface CheckContext {
  readonly adapter: CommerceAdapter;
  readonly subject: ConformanceSubject;
  /** The first page of the unfiltered catalog (24 products). */
  firstPage(): Promise<ProductPage>;
  /** The details of the first products that have an offer (up to `count`). */
  details(count: number): Promise<readonly ProductDetail[]>;
  /** Makes every request fail one way until called again with null. */
  inject(fault: FaultName | null): void;
}

export interface Check {
  readonly name: CheckName;
  readonly title: string;
  /** Why the check does not apply to this adapter (a capability it does not declare). */
  readonly notApplicable?: (adapter: CommerceAdapter, subject: ConformanceSubject) => string | null;
  readonly run: (context: CheckContext) => Promise<void>;
}

const ALL_CHECKS: readonly Check[] = [
  ...CATALOG_CHECKS,
  ...PRODUCT_CHECKS,
  ...CART_CHECKS,
  ...ACCOUNT_CHECKS,
];

/**
 * Declares the conformance checks (node:test) for one adapter on one backend. A check is
 * skipped, with its reason in the report, when the subject says it cannot run it or when the
 * adapter does not declare the capability it needs.
 */
export function runConformance(subject: ConformanceSubject): void {
  describe(`adapter conformance: ${subject.name}`, () => {
    const faults = faultableFetch(subject.fetch);
    let adapter: CommerceAdapter | undefined;
    let page: Promise<ProductPage> | undefined;
    const detailCache = new Map<string, Promise<ProductDetail>>();

    const context: CheckContext = {
      get adapter() {
        if (!adapter) throw new Error('The adapter is created before the first check');
        return adapter;
      },
      subject,
      firstPage() {
        page ??= context.adapter.listProducts({
          text: '',
          category: '',
          sort: 'relevance',
          page: 1,
          pageSize: 24,
        });
        return page;
      },
      async details(count) {
        const { items } = await context.firstPage();
        const ids = items.filter((item) => item.bestOffer).slice(0, count);
        return Promise.all(
          ids.map(({ id }) => {
            let detail = detailCache.get(id);
            if (!detail) detailCache.set(id, (detail = context.adapter.getProduct(id)));
            return detail;
          }),
        );
      },
      inject: faults.inject,
    };

    before(async () => {
      await subject.before?.();
      adapter = subject.createAdapter(faults.fetch);
    });
    after(async () => {
      faults.inject(null);
      await subject.after?.();
    });

    for (const check of ALL_CHECKS) {
      const skip = subject.skip?.[check.name];
      it(`${check.name}: ${check.title}`, skip ? { skip } : {}, async (t) => {
        const reason = check.notApplicable?.(context.adapter, subject);
        if (reason) return t.skip(reason);
        try {
          await check.run(context);
        } finally {
          faults.inject(null);
        }
      });
    }
  });
}
