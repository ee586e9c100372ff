// The store's shipping configuration, kept in the V2 Management API's own shape (snake_case), so
// the management router can answer with the records as they are.

export type ZoneType = 'zip' | 'country' | 'state' | 'global';
export const zoneTypes: readonly ZoneType[] = ['zip', 'country', 'state', 'global'];

export interface ZoneLocation {
  id: number;
  zip?: string;
  country_iso2?: string;
  state_iso2?: string;
}

export interface FreeShipping {
  enabled: boolean;
  /** Float-as-string, four decimals, as the API writes it. */
  minimum_sub_total: string;
  exclude_fixed_shipping_products: boolean;
}

/** Either a fixed or a percentage surcharge; strings, as the zone examples write them. */
export interface ZoneHandlingFees {
  fixed_surcharge?: string;
  percentage_surcharge?: string;
  display_separately: boolean;
}

export interface Zone {
  id: number;
  name: string;
  type: ZoneType;
  locations: ZoneLocation[];
  free_shipping: FreeShipping;
  handling_fees: ZoneHandlingFees;
  enabled: boolean;
}

export type RateMethodType = 'perorder' | 'peritem' | 'weight' | 'total' | 'freeshipping';
export type CarrierMethodType =
  | 'auspost'
  | 'canadapost'
  | 'endicia'
  | 'usps'
  | 'fedex'
  | 'royalmail'
  | 'upsready'
  | 'zoom2u';
export type MethodType = RateMethodType | CarrierMethodType;

export const rateMethodTypes: readonly RateMethodType[] = ['perorder', 'peritem', 'weight', 'total', 'freeshipping'];
export const carrierMethodTypes: readonly CarrierMethodType[] = [
  'auspost',
  'canadapost',
  'endicia',
  'usps',
  'fedex',
  'royalmail',
  'upsready',
  'zoom2u',
];
export const methodTypes: readonly MethodType[] = [...rateMethodTypes, ...carrierMethodTypes];

export interface RateRange {
  lower_limit: number;
  upper_limit: number;
  shipping_cost: number;
}

export type DefaultCostType = 'percentage_of_total' | 'fixed_amount';

/** Settings vary by type (see the spec's "Settings Objects"); one loose record holds them all. */
export interface MethodSettings {
  rate?: number;
  default_cost?: number | null;
  default_cost_type?: DefaultCostType;
  range?: RateRange[];
  carrier_options?: CarrierOptions;
}

export interface CarrierOptions {
  delivery_services?: string[];
  [option: string]: unknown;
}

/** Numbers, per the method schema (zones write theirs as strings; methods accept either on input). */
export interface MethodHandlingFees {
  fixed_surcharge?: number;
  percentage_surcharge?: number;
}

export interface Method {
  id: number;
  name: string;
  type: MethodType;
  settings: MethodSettings;
  enabled: boolean;
  handling_fees: MethodHandlingFees;
  is_fallback: boolean;
  channel_ids: number[];
}

export function isCarrierMethodType(type: MethodType): type is CarrierMethodType {
  return (carrierMethodTypes as readonly string[]).includes(type);
}

/** Money as the V2 API writes it: a string with four decimals. */
export function money4(value: number): string {
  return (Math.round(value * 10000) / 10000).toFixed(4);
}

/** Cents, for costs the storefront shows. */
export function roundMoney(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Float, float-as-string or integer, as the spec allows; NaN when it is none of them. */
export function toNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '') return Number(value);
  return Number.NaN;
}
