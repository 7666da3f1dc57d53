import type { Amount, CartTotals } from '../cart/types.js';
import type { PriceExclTax } from '../catalog/types.js';
import type { OrderStatus, SellerOrderStatus } from './repository.js';

/** Shapes of the public order API (mirrored by openapi.ts). */

export interface Ref {
  id: string;
  name: string;
}

export interface Address {
  name: string;
  line1: string;
  line2?: string;
  postalCode: string;
  city: string;
  country: string;
}

export interface OrderLine {
  id: string;
  offerId: string;
  productId: string;
  sku: string;
  name: string;
  vatRate: number;
  quantity: number;
  unitPrice: PriceExclTax;
  priceRule: 'base' | 'price-list' | 'tier' | 'negotiated';
  totals: CartTotals;
}

export interface Invoice {
  id: string;
  number: string;
  orderId: string;
  orderNumber: string;
  seller: Ref;
  company: Ref;
  issuedOn: string;
  dueOn: string;
  /** Escompte: pay `payable` by `deadline` instead of the total. */
  earlyPayment: { deadline: string; discount: Amount; payable: Amount } | null;
  totals: CartTotals;
  status: 'open' | 'paid' | 'cancelled';
}

export interface SellerOrder {
  id: string;
  seller: Ref;
  status: SellerOrderStatus;
  lines: OrderLine[];
  totals: CartTotals;
  invoice: Invoice | null;
  createdAt: string;
  updatedAt: string;
}

export interface Payment {
  id: string;
  method: 'card';
  /** No payment provider is wired in: a card payment stays pending. */
  status: 'pending' | 'succeeded' | 'failed' | 'cancelled';
  amount: Amount;
}

export interface Buyer {
  name: string | null;
  email: string | null;
  company: Ref | null;
}

export interface Order {
  id: string;
  number: string;
  status: OrderStatus;
  channel: 'b2c' | 'b2b';
  source: 'cart' | 'quote';
  cartId: string | null;
  quoteId: string | null;
  buyer: Buyer;
  paymentMethod: 'card' | 'invoice';
  currency: string;
  totals: CartTotals;
  sellerOrders: SellerOrder[];
  payment: Payment | null;
  approvalId: string | null;
  shippingAddress: Address;
  purchaseOrderNumber: string | null;
  createdAt: string;
}

export interface OrderPage {
  items: Order[];
  total: number;
  page: number;
  pageSize: number;
}

/** A seller's view of its part of an order. */
export interface SellerOrderView extends SellerOrder {
  order: {
    id: string;
    number: string;
    buyer: Buyer;
    shippingAddress: Address;
    purchaseOrderNumber: string | null;
    paymentMethod: 'card' | 'invoice';
  };
}

export interface SellerOrderPage {
  items: SellerOrderView[];
  total: number;
  page: number;
  pageSize: number;
}

export interface InvoicePage {
  items: Invoice[];
  total: number;
  page: number;
  pageSize: number;
}

/** In a 409 answer to an order: the figures the server would charge now. */
export interface OrderConflict {
  lines: {
    offerId: string;
    quantity: number;
    available: number;
    unitPrice: PriceExclTax;
    priceRule: OrderLine['priceRule'];
  }[];
  totals: CartTotals;
}
