// From the configuration to the options one consignment sees. Pure: configuration in, quotes out.
import { createHash } from 'node:crypto';
import type { QuoteDestination, QuoteItem, ShippingQuote } from './contract.js';
import { carrierForMethod, carriers, rateCarrier, type CarrierId } from './carriers.js';
import { methodSurcharge, rateStaticMethod, type Parcel } from './methods.js';
import { isCarrierMethodType, roundMoney, toNumber, type Method, type Zone } from './model.js';
import { matchZone } from './zones.js';

export type ConnectionStatus = 'connected' | 'refused' | 'disconnected';

export interface ShippingConfiguration {
  zones: readonly Zone[];
  methodsOf(zoneId: number): readonly Method[];
  connectionStatus(carrier: CarrierId): ConnectionStatus;
}

/**
 * A uuid-shaped id derived from what the option is (zone, method, service), so the same option
 * keeps its id across re-quotes and a selection survives them.
 */
export function optionId(...parts: ReadonlyArray<string | number>): string {
  const hex = createHash('sha1').update(parts.join(':')).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const optionTypes: Record<string, string> = {
  perorder: 'shipping_flatrate',
  peritem: 'shipping_flatrate',
  weight: 'shipping_byweight',
  total: 'shipping_bytotal',
  freeshipping: 'shipping_free',
};

interface Split {
  parcel: Parcel;
  /** Sum of fixed shipping costs of fixed-cost products: they pay that whatever the method. */
  fixedCost: number;
  /** Value of every item, and of every item but the fixed-cost ones (for the free shipping threshold). */
  subtotal: number;
  subtotalWithoutFixed: number;
  shipsForFree: boolean;
}

function split(items: readonly QuoteItem[]): Split {
  const parcel: Parcel = { units: 0, weight: 0, subtotal: 0 };
  let fixedCost = 0;
  let subtotal = 0;
  let subtotalWithoutFixed = 0;
  for (const item of items) {
    const value = item.unitPrice * item.quantity;
    subtotal += value;
    const fixed = item.fixedShippingCost !== undefined && item.fixedShippingCost > 0;
    if (fixed) {
      fixedCost += (item.fixedShippingCost ?? 0) * item.quantity;
      continue;
    }
    subtotalWithoutFixed += value;
    if (item.isShippingFree || item.fixedShippingCost === 0) continue;
    parcel.units += item.quantity;
    parcel.weight += item.weight * item.quantity;
    parcel.subtotal += value;
  }
  return { parcel, fixedCost, subtotal, subtotalWithoutFixed, shipsForFree: parcel.units === 0 && fixedCost === 0 };
}

export interface ZoneQuote {
  zone: Zone | undefined;
  options: ShippingQuote[];
}

export function quoteConsignment(
  config: ShippingConfiguration,
  destination: QuoteDestination,
  items: readonly QuoteItem[],
): ZoneQuote {
  const zone = matchZone(config.zones, destination);
  if (!zone || items.length === 0) return { zone, options: [] };
  const totals = split(items);
  const withZoneFee = (cost: number): number => roundMoney(cost + (zone.handling_fees.display_separately ? 0 : zoneFee(zone, cost)));
  const plain = (key: string, description: string, type: string, cost: number): ShippingQuote => ({
    id: optionId(zone.id, key),
    type,
    description,
    additionalDescription: '',
    cost: withZoneFee(cost),
    transitTime: '',
    imageUrl: '',
  });

  // Nothing to charge for: every item ships free.
  if (totals.shipsForFree) return { zone, options: [plain('free', 'Free Shipping', 'shipping_free', 0)] };

  // Zone-level free shipping replaces the other methods once the consignment reaches the minimum,
  // as BigCommerce shows it; excluded fixed-cost products still pay their fixed cost.
  const free = zone.free_shipping;
  if (free.enabled) {
    const counted = free.exclude_fixed_shipping_products ? totals.subtotalWithoutFixed : totals.subtotal;
    if (counted > 0 && counted >= toNumber(free.minimum_sub_total)) {
      const cost = free.exclude_fixed_shipping_products ? totals.fixedCost : 0;
      return { zone, options: [plain('free', 'Free Shipping', 'shipping_free', cost)] };
    }
  }

  // Only fixed-cost products: they ship for their fixed cost, whatever the method.
  if (totals.parcel.units === 0) {
    return { zone, options: [plain('fixed', 'Fixed Shipping', 'shipping_fixed', totals.fixedCost)] };
  }

  const options: ShippingQuote[] = [];
  for (const method of [...config.methodsOf(zone.id)].sort((a, b) => a.id - b.id)) {
    if (!method.enabled) continue;
    if (isCarrierMethodType(method.type)) {
      const carrier = carrierForMethod(method.type);
      if (config.connectionStatus(carrier) !== 'connected') continue;
      const services = method.settings.carrier_options?.delivery_services ?? [];
      for (const rate of rateCarrier(carrier, services, destination, totals.parcel.weight)) {
        const cost = rate.cost + totals.fixedCost;
        options.push({
          id: optionId(zone.id, method.id, rate.service.code),
          type: `shipping_${method.type}`,
          description: `${method.name || carriers[carrier].displayName} (${rate.service.name})`,
          additionalDescription: '',
          cost: withZoneFee(cost + methodSurcharge(method, cost)),
          transitTime: rate.transitTime,
          imageUrl: '',
        });
      }
      continue;
    }
    const rated = rateStaticMethod(method, totals.parcel);
    if (rated === undefined || Number.isNaN(rated)) continue;
    const cost = rated + totals.fixedCost;
    options.push({
      ...plain(String(method.id), method.name, optionTypes[method.type] ?? `shipping_${method.type}`, 0),
      cost: withZoneFee(cost + methodSurcharge(method, cost)),
    });
  }
  return { zone, options };
}

/**
 * The method behind a quoted option id, for the order's persisted quote (`method_id`); undefined
 * for the zone's own free or fixed-cost option, which no method produced.
 */
export function methodOfOption(config: ShippingConfiguration, id: string): number | undefined {
  for (const zone of config.zones) {
    for (const method of config.methodsOf(zone.id)) {
      const services = method.settings.carrier_options?.delivery_services ?? [];
      const ids = isCarrierMethodType(method.type)
        ? services.map((service) => optionId(zone.id, method.id, service))
        : [optionId(zone.id, String(method.id))];
      if (ids.includes(id)) return method.id;
    }
  }
  return undefined;
}

/** The zone's surcharge on a shipping cost: fixed, or a percentage of that cost. */
export function zoneFee(zone: Zone, shippingCost: number): number {
  const fees = zone.handling_fees;
  if (fees.percentage_surcharge !== undefined) {
    const percentage = toNumber(fees.percentage_surcharge);
    return Number.isNaN(percentage) ? 0 : (shippingCost * percentage) / 100;
  }
  const fixed = toNumber(fees.fixed_surcharge);
  return Number.isNaN(fixed) ? 0 : fixed;
}

/**
 * The handling fee the storefront shows apart (consignment.handlingCost): only when the zone
 * displays it separately (otherwise it is already inside each option's cost). A percentage fee
 * needs the selected option's cost, so without a selection it is 0.
 */
/** The zone's handling fee shown apart from the option's cost, from the consignment's quote. */
export function separateHandlingFee({ zone, options }: ZoneQuote, selectedOptionId?: string): number {
  if (!zone || !zone.handling_fees.display_separately || options.length === 0) return 0;
  if (zone.handling_fees.percentage_surcharge !== undefined) {
    const selected = options.find((option) => option.id === selectedOptionId);
    return selected ? roundMoney(zoneFee(zone, selected.cost)) : 0;
  }
  return roundMoney(zoneFee(zone, 0));
}
