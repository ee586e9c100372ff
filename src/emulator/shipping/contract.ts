// The contract between the storefront side of the emulator (carts, checkouts, consignments) and
// the store side of shipping (zones, methods, carriers). The storefront asks for quotes through
// this interface only; everything behind it is the store's shipping configuration.

/** A consignment's destination, as the storefront knows it. */
export interface QuoteDestination {
  countryCode: string;
  stateOrProvinceCode?: string;
  postalCode?: string;
  city?: string;
}

/** One physical unit group on the consignment being quoted. */
export interface QuoteItem {
  productId: number;
  variantId?: number;
  sku: string;
  quantity: number;
  /** Per unit, in the store's weight unit (lb in the seeded store, which sells in USD). */
  weight: number;
  /** Per unit, in the cart currency, after item discounts. */
  unitPrice: number;
  /** Products with a fixed shipping cost; excluded from free shipping when the zone says so. */
  fixedShippingCost?: number;
  isShippingFree?: boolean;
}

/**
 * A quote as the storefront returns it in `availableShippingOptions`, less `isRecommended`
 * (the storefront marks exactly one) and `costAfterDiscount` (the storefront fills it).
 * `id` is stable for the same zone, method and carrier service, so a selection survives a
 * re-quote while that option is still offered.
 */
export interface ShippingQuote {
  id: string;
  type: string;
  description: string;
  additionalDescription: string;
  cost: number;
  transitTime: string;
  imageUrl: string;
}

export interface ShippingQuoter {
  /**
   * Changes with every change of the configuration (zones, methods, carrier connections): until
   * it does, the same destination and items get the same quotes, so a storefront may keep them.
   */
  version(): number;
  /** Quotes for one consignment; [] when no zone or method serves the destination. */
  quote(destination: QuoteDestination, items: readonly QuoteItem[]): ShippingQuote[];
  /**
   * Handling fee of the zone that serves this destination (0 when none), as the consignment's
   * separate handlingCost: 0 when the zone folds its fee into option costs. A percentage fee is a
   * share of the selected option's cost, hence the optional selection.
   */
  handlingFee(destination: QuoteDestination, items: readonly QuoteItem[], selectedOptionId?: string): number;
}
