import type { SellerRef } from '@vitrine/core';
import { CHANNEL_INFO } from './documents.js';
import type { GraphqlRequest } from './graphql.js';
import { channelSchema, type ChannelPayload } from './schemas.js';

/** What the adapter needs to know about the channel to state prices and name the seller. */
export interface ChannelInfo {
  /** Vendure sells as its channel: one seller for every offer and line. */
  readonly seller: SellerRef;
  /** Whether the merchant entered prices with tax (TTC) or without (HT). */
  readonly pricesIncludeTax: boolean;
}

export interface ChannelCache {
  /** Keeps what a catalog answer said about the channel, sparing a request later. */
  remember(payload: ChannelPayload): ChannelInfo;
  /** What is known, or asks the shop once (order answers do not say how prices were entered). */
  get(): Promise<ChannelInfo>;
}

export function createChannelCache(request: GraphqlRequest, sellerName?: string): ChannelCache {
  let known: ChannelInfo | undefined;
  let asking: Promise<ChannelInfo> | undefined;

  function remember(payload: ChannelPayload): ChannelInfo {
    known = {
      seller: { id: payload.code, name: sellerName ?? payload.code },
      pricesIncludeTax: payload.pricesIncludeTax,
    };
    return known;
  }

  return {
    remember,
    async get() {
      if (known) return known;
      // Calls made together share one question.
      asking ??= request(CHANNEL_INFO, {}, channelSchema)
        .then(({ activeChannel }) => remember(activeChannel))
        .finally(() => {
          asking = undefined;
        });
      return asking;
    },
  };
}
