import { documentPdf } from '../documents/pdf.js';
import { lineAmounts, sumAmounts } from '../pricing/amounts.js';
import {
  APPROVAL_RULES,
  COMPANIES,
  CUSTOMER_GROUPS,
  ATELIER_MARTIN,
  PERSONAS,
  PRICE_LISTS,
} from './accounts.js';
import type { CatalogRows } from './generate.js';
import { createRng } from './prng.js';

/*
 * Everything around the catalog that the demo needs on a fresh machine: people, companies,
 * price lists, tiers, documents, a purchase history and the reviews it allows. Deterministic
 * (seeded generator, fixed dates), like the catalog.
 */

type Row = Record<string, unknown>;

export interface CommerceRows {
  customer_groups: Row[];
  companies: Row[];
  users: Row[];
  memberships: Row[];
  approval_rules: Row[];
  price_lists: Row[];
  price_list_entries: Row[];
  offer_tiers: Row[];
  product_documents: Row[];
  orders: Row[];
  seller_orders: Row[];
  order_lines: Row[];
  invoices: Row[];
  payments: Row[];
  reviews: Row[];
}

/** Categories whose goods are bought in bulk: their offers get quantity tiers. */
const TIERED_CATEGORIES = new Set(['c-01', 'c-04', 'c-05', 'c-09']);
const PUBLIC_TIERS = [
  { min: 10, discount: 500 },
  { min: 50, discount: 1000 },
  { min: 100, discount: 1500 },
];

const DOCUMENTS: Record<string, { kind: string; title: string }[]> = {
  'c-02': [
    { kind: 'manual', title: 'Notice de montage' },
    { kind: 'certificate', title: 'Certificat NF Office Excellence' },
  ],
  'c-03': [{ kind: 'manual', title: "Guide d'installation" }],
  'c-04': [{ kind: 'safety', title: 'Fiche de données de sécurité' }],
  'c-05': [{ kind: 'certificate', title: 'Certificat de contact alimentaire' }],
};

const FIRST_NAMES = [
  'Alice',
  'Bruno',
  'Chloé',
  'David',
  'Emma',
  'Fabien',
  'Gaëlle',
  'Hugo',
  'Inès',
  'Jules',
  'Karine',
  'Louis',
  'Manon',
  'Nathan',
  'Océane',
  'Pierre',
  'Quentin',
  'Rose',
  'Samuel',
  'Thaïs',
  'Ugo',
  'Valérie',
  'William',
  'Yasmine',
];
const LAST_INITIALS = 'BCDFGHJLMNPRST';

const REVIEW_TEXTS: Record<number, { title: string; body: string }[]> = {
  5: [
    { title: 'Parfait', body: 'Conforme à la description, livré vite et bien emballé.' },
    { title: 'Je recommande', body: 'Très bonne qualité pour le prix, je recommanderai.' },
    { title: 'Excellent', body: 'Exactement ce que je cherchais, rien à redire.' },
  ],
  4: [
    { title: 'Très bien', body: 'Bon produit, un peu plus cher qu’ailleurs mais fiable.' },
    { title: 'Bon achat', body: 'Satisfait dans l’ensemble, la livraison a pris un jour de plus.' },
  ],
  3: [{ title: 'Correct', body: 'Fait le travail, sans plus. Finitions moyennes.' }],
  2: [{ title: 'Décevant', body: 'La qualité n’est pas au rendez-vous par rapport aux photos.' }],
  1: [{ title: 'À éviter', body: 'Arrivé abîmé et le service client a tardé à répondre.' }],
};

const DAY = 86_400_000;
/** The purchase history happens before this instant. */
const HISTORY_END = Date.UTC(2025, 10, 15, 10, 0, 0);

const address = (name: string, line1: string, postalCode: string, city: string) => ({
  name,
  line1,
  postalCode,
  city,
  country: 'FR',
});

export function generateCommerce(catalog: CatalogRows, seed = 20_251_115): CommerceRows {
  const rng = createRng(seed);
  const rows: CommerceRows = {
    customer_groups: CUSTOMER_GROUPS.map((g) => ({ ...g })),
    companies: COMPANIES.map((c) => ({ ...c, address: JSON.stringify(c.address) })),
    users: [],
    memberships: [],
    approval_rules: APPROVAL_RULES.map((r) => ({ ...r })),
    price_lists: PRICE_LISTS.map((l) => ({ ...l })),
    price_list_entries: [],
    offer_tiers: [],
    product_documents: [],
    orders: [],
    seller_orders: [],
    order_lines: [],
    invoices: [],
    payments: [],
    reviews: [],
  };

  for (const persona of PERSONAS) {
    rows.users.push({
      id: persona.userId,
      email: persona.email,
      name: persona.name,
      customer_group_id: persona.customerGroupId ?? null,
    });
    persona.memberships.forEach((m, position) =>
      rows.memberships.push({
        id: m.id,
        user_id: persona.userId,
        role: m.role,
        company_id: m.companyId ?? null,
        seller_id: m.sellerId ?? null,
        spending_limit: m.spendingLimit ?? null,
        spending_period: m.spendingPeriod ?? 'month',
        position,
      }),
    );
  }

  const products = new Map(catalog.products.map((p) => [p.id, p]));
  const categoryOf = (productId: string) => products.get(productId)!.category_id;
  // Products with variants come last in the catalog; the history below buys the others only,
  // and their tiers are numbered after the rest, so that adding them changed no earlier row.
  const withVariants = new Set((catalog.product_variants ?? []).map((v) => v.product_id));
  const simpleOffers = catalog.offers.filter((o) => !withVariants.has(o.product_id));
  const variantOffers = catalog.offers.filter((o) => withVariants.has(o.product_id));

  // Public quantity tiers on a third of the offers of bulk categories.
  let tierNo = 0;
  const publicTiers = (offer: CatalogRows['offers'][number], index: number) => {
    if (!TIERED_CATEGORIES.has(categoryOf(offer.product_id)) || index % 3 !== 0) return;
    for (const tier of PUBLIC_TIERS) {
      tierNo += 1;
      rows.offer_tiers.push({
        id: `t-${String(tierNo).padStart(5, '0')}`,
        offer_id: offer.id,
        price_list_id: null,
        min_quantity: tier.min,
        price_excl_tax: null,
        discount: tier.discount,
      });
    }
  };
  simpleOffers.forEach(publicTiers);

  // Atelier Martin's list at Bureau Plus: fixed prices (−20 %) on its first five offers of
  // office supplies, and a list tier (−25 % from 20 units) on the first of them.
  const bureauPlusSupplies = catalog.offers.filter(
    (o) => o.seller_id === 's-01' && categoryOf(o.product_id) === 'c-01',
  );
  bureauPlusSupplies.slice(0, 5).forEach((offer, i) => {
    rows.price_list_entries.push({
      price_list_id: 'pl-am-bureau-plus',
      offer_id: offer.id,
      price_excl_tax: Math.floor((offer.price_excl_tax * 80) / 100),
      discount: null,
    });
    if (i === 0) {
      tierNo += 1;
      rows.offer_tiers.push({
        id: `t-${String(tierNo).padStart(5, '0')}`,
        offer_id: offer.id,
        price_list_id: 'pl-am-bureau-plus',
        min_quantity: 20,
        price_excl_tax: null,
        discount: 2500,
      });
    }
  });

  variantOffers.forEach(publicTiers);

  // Documents: a datasheet for every product, and what its category calls for.
  const specsOf = new Map<string, CatalogRows['product_specs']>();
  for (const spec of catalog.product_specs) {
    const list = specsOf.get(spec.product_id) ?? [];
    list.push(spec);
    specsOf.set(spec.product_id, list);
  }
  for (const product of catalog.products) {
    const docs = [
      { kind: 'datasheet', title: 'Fiche technique' },
      ...(DOCUMENTS[product.category_id] ?? []),
    ];
    docs.forEach((doc, i) => {
      const id = `d-${product.id}-${i + 1}`;
      rows.product_documents.push({
        id,
        product_id: product.id,
        position: i + 1,
        kind: doc.kind,
        title: doc.title,
        url: `/documents/${id}.pdf`,
        size_bytes: documentPdf({
          title: doc.title,
          productName: product.name,
          brand: product.brand,
          sku: product.sku,
          specs: specsOf.get(product.id) ?? [],
        }).byteLength,
      });
    });
  }

  // A purchase history: consumers who bought and reviewed popular products, Camille's own
  // orders, and one invoiced order of Atelier Martin.
  const offersByProduct = new Map<string, CatalogRows['offers']>();
  for (const offer of simpleOffers) {
    const list = offersByProduct.get(offer.product_id) ?? [];
    list.push(offer);
    offersByProduct.set(offer.product_id, list);
  }
  const popular = catalog.products
    .filter((p) => !withVariants.has(p.id))
    .filter((_, i) => i % 4 === 0)
    .map((p) => p.id);
  let orderNo = 0;
  let invoiceNo = 0;
  let reviewNo = 0;

  const placeOrder = (buyer: {
    userId: string;
    membershipId: string;
    companyId: string | null;
    name: string;
    productIds: string[];
    at: number;
  }) => {
    orderNo += 1;
    const orderId = `ord-seed-${String(orderNo).padStart(3, '0')}`;
    const createdAt = new Date(buyer.at).toISOString();
    const bySeller = new Map<
      string,
      { offer: CatalogRows['offers'][number]; quantity: number }[]
    >();
    for (const productId of buyer.productIds) {
      const offer = offersByProduct.get(productId)![0]!;
      const lines = bySeller.get(offer.seller_id) ?? [];
      lines.push({ offer, quantity: rng.int(1, 4) });
      bySeller.set(offer.seller_id, lines);
    }
    const orderAmounts = [];
    for (const [sellerId, lines] of bySeller) {
      const sellerOrderId = `${orderId}-${sellerId}`;
      const amounts = lines.map(({ offer, quantity }, position) => {
        const product = products.get(offer.product_id)!;
        const line = lineAmounts(offer.price_excl_tax, quantity, product.vat_rate);
        rows.order_lines.push({
          id: `${sellerOrderId}-${position + 1}`,
          seller_order_id: sellerOrderId,
          position: position + 1,
          offer_id: offer.id,
          product_id: product.id,
          sku: product.sku,
          name: product.name,
          vat_rate: product.vat_rate,
          quantity,
          unit_price: offer.price_excl_tax,
          price_rule: 'base',
          line_excl: line.excl,
          line_tax: line.tax,
          line_incl: line.incl,
        });
        return line;
      });
      const total = sumAmounts(amounts);
      orderAmounts.push(total);
      rows.seller_orders.push({
        id: sellerOrderId,
        order_id: orderId,
        seller_id: sellerId,
        status: 'delivered',
        total_excl: total.excl,
        total_tax: total.tax,
        total_incl: total.incl,
        created_at: createdAt,
        updated_at: new Date(buyer.at + 4 * DAY).toISOString(),
      });
      if (buyer.companyId !== null) {
        invoiceNo += 1;
        const issued = createdAt.slice(0, 10);
        rows.invoices.push({
          id: `inv-seed-${invoiceNo}`,
          number: `FAC-S${String(invoiceNo).padStart(5, '0')}`,
          seller_order_id: sellerOrderId,
          company_id: buyer.companyId,
          issued_on: issued,
          due_on: new Date(buyer.at + 30 * DAY).toISOString().slice(0, 10),
          early_payment_deadline: null,
          early_payment_discount: null,
          currency: 'EUR',
          total_excl: total.excl,
          total_tax: total.tax,
          total_incl: total.incl,
          status: 'paid',
        });
      }
    }
    const total = sumAmounts(orderAmounts);
    rows.orders.push({
      id: orderId,
      number: `CMD-S${String(orderNo).padStart(5, '0')}`,
      user_id: buyer.userId,
      membership_id: buyer.membershipId,
      company_id: buyer.companyId,
      guest_email: null,
      source: 'cart',
      cart_id: null,
      quote_id: null,
      status: 'placed',
      payment_method: buyer.companyId === null ? 'card' : 'invoice',
      currency: 'EUR',
      total_excl: total.excl,
      total_tax: total.tax,
      total_incl: total.incl,
      shipping_address: JSON.stringify(
        address(buyer.name, '3 rue de la République', '69001', 'Lyon'),
      ),
      purchase_order_number: buyer.companyId === null ? null : `BC-${orderNo}`,
      created_at: createdAt,
    });
    if (buyer.companyId === null) {
      rows.payments.push({
        id: `pay-seed-${orderNo}`,
        order_id: orderId,
        method: 'card',
        status: 'succeeded',
        amount: total.incl,
        currency: 'EUR',
        created_at: createdAt,
      });
    }
  };

  const review = (userId: string, authorName: string, productId: string, at: number) => {
    const roll = rng.int(1, 20);
    const rating = roll <= 10 ? 5 : roll <= 16 ? 4 : roll <= 18 ? 3 : roll === 19 ? 2 : 1;
    const text = rng.pick(REVIEW_TEXTS[rating]!);
    reviewNo += 1;
    rows.reviews.push({
      id: `rev-seed-${String(reviewNo).padStart(3, '0')}`,
      product_id: productId,
      user_id: userId,
      author_name: authorName,
      rating,
      title: text.title,
      body: text.body,
      status: 'published',
      created_at: new Date(at).toISOString(),
      moderated_at: new Date(at + DAY).toISOString(),
      moderated_by: 'u-claire',
    });
  };

  FIRST_NAMES.forEach((first, i) => {
    const userId = `u-client-${String(i + 1).padStart(2, '0')}`;
    const authorName = `${first} ${LAST_INITIALS[i % LAST_INITIALS.length]}.`;
    rows.users.push({
      id: userId,
      email: `client${i + 1}@example.fr`,
      name: authorName,
      customer_group_id: null,
    });
    rows.memberships.push({
      id: `m-client-${String(i + 1).padStart(2, '0')}`,
      user_id: userId,
      role: 'consumer',
      company_id: null,
      seller_id: null,
      spending_limit: null,
      spending_period: 'month',
      position: 0,
    });
    const productIds = rng.sample(popular, rng.int(2, 4));
    const at = HISTORY_END - rng.int(20, 240) * DAY;
    placeOrder({
      userId,
      membershipId: `m-client-${String(i + 1).padStart(2, '0')}`,
      companyId: null,
      name: authorName,
      productIds,
      at,
    });
    for (const productId of productIds) {
      if (rng.chance(0.75)) review(userId, authorName, productId, at + rng.int(5, 15) * DAY);
    }
  });
  // The last reviews wait for moderation.
  for (const pending of rows.reviews.slice(-3)) {
    pending.status = 'pending';
    pending.moderated_at = null;
    pending.moderated_by = null;
  }

  // Camille bought twice and reviewed one product: she can review the others.
  const camilleProducts = ['p-0001', popular[3]!, popular[7]!];
  placeOrder({
    userId: 'u-camille',
    membershipId: 'm-camille',
    companyId: null,
    name: 'Camille Dubois',
    productIds: camilleProducts.slice(0, 2),
    at: HISTORY_END - 60 * DAY,
  });
  placeOrder({
    userId: 'u-camille',
    membershipId: 'm-camille',
    companyId: null,
    name: 'Camille Dubois',
    productIds: camilleProducts.slice(2),
    at: HISTORY_END - 20 * DAY,
  });
  review('u-camille', 'Camille D.', camilleProducts[1]!, HISTORY_END - 50 * DAY);

  // Atelier Martin's past order, invoiced and paid.
  placeOrder({
    userId: 'u-lea',
    membershipId: 'm-lea-buyer',
    companyId: ATELIER_MARTIN,
    name: 'Atelier Martin SARL',
    productIds: [bureauPlusSupplies[0]!.product_id, bureauPlusSupplies[1]!.product_id],
    at: HISTORY_END - 45 * DAY,
  });

  return rows;
}
