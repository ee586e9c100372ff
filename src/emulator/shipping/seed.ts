// The seeded store: BigCommerce's overview example (a North America zone with Free Shipping,
// Ship by Weight and USPS, plus Rest of World), adapted so the storefront shows every kind of
// quote: flat rate, ground by weight, express, free over a threshold per consignment, real-time
// USPS, and no rates at all for countries that no zone lists. Weights in lb, money in USD.
import type { CarrierId } from './carriers.js';
import type { Method, Zone } from './model.js';

export interface SeedConnection {
  carrier: CarrierId;
  connection: Record<string, unknown>;
}

export interface ShippingSeed {
  zones: Zone[];
  methods: Record<number, Method[]>;
  connections: SeedConnection[];
}

/** Countries Rest of World serves. Anything else outside North America (BR, IN, ZA, CN, …) gets no rates. */
export const restOfWorldCountries = [
  'AU', 'NZ', 'GB', 'IE', 'FR', 'DE', 'NL', 'BE', 'ES', 'IT', 'SE', 'DK', 'NO', 'FI', 'JP', 'SG',
] as const;

export const NORTH_AMERICA_ZONE_ID = 1;
export const REST_OF_WORLD_ZONE_ID = 2;

export function shippingSeed(): ShippingSeed {
  let locationId = 0;
  const location = (country: string): { id: number; country_iso2: string } => ({ id: ++locationId, country_iso2: country });
  const noFee = { fixed_surcharge: 0 };
  const method = (id: number, name: string, type: Method['type'], settings: Method['settings'], enabled = true): Method => ({
    id,
    name,
    type,
    settings,
    enabled,
    handling_fees: { ...noFee },
    is_fallback: false,
    channel_ids: [1],
  });
  return {
    zones: [
      {
        id: NORTH_AMERICA_ZONE_ID,
        name: 'North America',
        type: 'country',
        locations: ['US', 'CA', 'MX'].map(location),
        // "Free Shipping" of the overview: zone-level, per consignment, once its items reach $150.
        free_shipping: { enabled: true, minimum_sub_total: '150.0000', exclude_fixed_shipping_products: true },
        handling_fees: { fixed_surcharge: '0', display_separately: true },
        enabled: true,
      },
      {
        id: REST_OF_WORLD_ZONE_ID,
        name: 'Rest of World',
        type: 'country',
        locations: restOfWorldCountries.map(location),
        free_shipping: { enabled: false, minimum_sub_total: '0.0000', exclude_fixed_shipping_products: false },
        // Shown by the storefront as the consignment's handlingCost, not inside option costs.
        handling_fees: { fixed_surcharge: '4.0000', display_separately: true },
        enabled: true,
      },
    ],
    methods: {
      [NORTH_AMERICA_ZONE_ID]: [
        method(1, 'Flat Rate', 'perorder', { rate: 9.95 }),
        method(2, 'Ship by Weight', 'weight', {
          default_cost: 42,
          default_cost_type: 'fixed_amount',
          range: [
            { lower_limit: 0, upper_limit: 2, shipping_cost: 6.5 },
            { lower_limit: 2, upper_limit: 10, shipping_cost: 11 },
            { lower_limit: 10, upper_limit: 30, shipping_cost: 19 },
          ],
        }),
        method(3, 'Express', 'perorder', { rate: 29.95 }),
        method(4, 'USPS', 'endicia', {
          carrier_options: {
            delivery_services: ['PriorityExpress', 'Priority', 'PriorityMailInternational'],
            packaging_type: 'Parcel',
            show_transit_time: true,
          },
        }),
        // Present but disabled, and FedEx is not connected: the merchant panel turns both on.
        method(
          5,
          'FedEx',
          'fedex',
          {
            carrier_options: {
              delivery_services: ['FEDEX_GROUND', 'FEDEX_2_DAY', 'PRIORITY_OVERNIGHT'],
              dropoff_type: 'REGULAR_PICKUP',
              packaging_type: 'YOUR_PACKAGING',
              packing_method: 'COMBINED',
              rate_type: 'NONE',
              include_package_value: true,
              destination_type: 'residential',
            },
          },
          false,
        ),
      ],
      [REST_OF_WORLD_ZONE_ID]: [
        method(6, 'International Flat Rate', 'perorder', { rate: 24.95 }),
        method(7, 'International by Weight', 'weight', {
          default_cost: null,
          default_cost_type: 'fixed_amount',
          range: [
            { lower_limit: 0, upper_limit: 5, shipping_cost: 18 },
            { lower_limit: 5, upper_limit: 20, shipping_cost: 36 },
          ],
        }),
      ],
    },
    // The seeded store HAS Endicia connected with demo credentials, so US (and CA/MX, through
    // the international service) destinations get USPS options out of the box.
    connections: [{ carrier: 'endicia', connection: { account_id: 'demo-account', passphrase: 'demo-passphrase' } }],
  };
}
