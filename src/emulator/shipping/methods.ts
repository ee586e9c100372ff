// Rating of the store's own (non-carrier) methods from the consignment's totals.
import type { Method, RateRange } from './model.js';
import { toNumber } from './model.js';

/** What the methods rate on: the items that are neither free-shipping nor fixed-cost products. */
export interface Parcel {
  units: number;
  /** lb in the seeded store. */
  weight: number;
  /** Merchandise value, in the cart currency. */
  subtotal: number;
}

/** The method's charge for the parcel, before fixed-cost products and fees; undefined when it does not apply. */
export function rateStaticMethod(method: Method, parcel: Parcel): number | undefined {
  const settings = method.settings;
  switch (method.type) {
    case 'perorder':
      return parcel.units > 0 ? toNumber(settings.rate ?? 0) : 0;
    case 'peritem':
      return toNumber(settings.rate ?? 0) * parcel.units;
    case 'freeshipping':
      return 0;
    case 'weight':
      return rateByRange(settings.range ?? [], parcel.weight, settings.default_cost, settings.default_cost_type, parcel.subtotal);
    case 'total':
      return rateByRange(settings.range ?? [], parcel.subtotal, settings.default_cost, settings.default_cost_type, parcel.subtotal);
    default:
      return undefined;
  }
}

/**
 * The first range whose limits hold the value (both inclusive, so the spec's touching ranges
 * 0–20 and 20–40 give 20 to the first); outside every range the default cost applies, and a
 * null default means the method does not serve that parcel.
 */
function rateByRange(
  ranges: readonly RateRange[],
  value: number,
  defaultCost: number | null | undefined,
  defaultCostType: string | undefined,
  subtotal: number,
): number | undefined {
  const range = ranges.find((r) => value >= r.lower_limit && value <= r.upper_limit);
  if (range) return range.shipping_cost;
  if (defaultCost === null || defaultCost === undefined) return undefined;
  return defaultCostType === 'percentage_of_total' ? (subtotal * defaultCost) / 100 : defaultCost;
}

/** A method's own surcharge on top of its cost. */
export function methodSurcharge(method: Method, cost: number): number {
  const fees = method.handling_fees;
  const percentage = toNumber(fees.percentage_surcharge);
  if (!Number.isNaN(percentage) && fees.percentage_surcharge !== undefined) return (cost * percentage) / 100;
  const fixed = toNumber(fees.fixed_surcharge);
  return Number.isNaN(fixed) ? 0 : fixed;
}
