// Real-time carriers, simulated: what each needs to connect, which delivery services it offers,
// and deterministic rates from weight and distance. No network: a "carrier" here is a table.
import type { QuoteDestination } from './contract.js';
import { roundMoney, type CarrierMethodType } from './model.js';

/** The ids the carrier connection endpoint takes (`carrier_id`). USPS is connected through Endicia. */
export type CarrierId = 'auspost' | 'canadapost' | 'endicia' | 'fedex' | 'royalmail' | 'upsready' | 'zoom2u';
export const carrierIds: readonly CarrierId[] = ['auspost', 'canadapost', 'endicia', 'fedex', 'royalmail', 'upsready', 'zoom2u'];

export function isCarrierId(value: unknown): value is CarrierId {
  return typeof value === 'string' && (carrierIds as readonly string[]).includes(value);
}

/** A method of type `usps` quotes through the Endicia connection, as BigCommerce's docs say. */
export function carrierForMethod(type: CarrierMethodType): CarrierId {
  return type === 'usps' ? 'endicia' : type;
}

/**
 * Required connection properties, from the spec's "Connection Object – Properties" tables.
 * UPS Ready and Canada Post have no documented properties, so, like Royal Mail, they need none.
 * Endicia's table says `passphrase` while its examples send `pass_phrase`; either satisfies it.
 */
const requiredFields: Record<CarrierId, readonly string[]> = {
  auspost: ['auth_key', 'test_mode'],
  canadapost: [],
  endicia: ['account_id', 'passphrase'],
  fedex: ['key', 'password', 'account_number', 'meter_number'],
  royalmail: [],
  upsready: [],
  zoom2u: ['auth_key', 'test_mode'],
};
const aliases: Record<string, readonly string[]> = { passphrase: ['passphrase', 'pass_phrase'] };

export function missingConnectionFields(carrier: CarrierId, connection: Record<string, unknown>): string[] {
  return requiredFields[carrier].filter((field) =>
    (aliases[field] ?? [field]).every((name) => isBlank(connection[name])),
  );
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/**
 * The emulator's stand-in for the carrier checking credentials: a connection is refused when any
 * credential value contains "invalid" or "wrong" (any case). The API still answers 204 (as the
 * spec says it does for unsuccessful attempts); the carrier then quotes nothing.
 */
export function credentialsAccepted(connection: Record<string, unknown>): boolean {
  return !Object.values(connection).some((value) => typeof value === 'string' && /invalid|wrong/i.test(value));
}

export type Scope = 'domestic' | 'international' | { only: readonly string[] };

export interface DeliveryService {
  code: string;
  name: string;
  scope: Scope;
  /** Base charge, per-lb charge is the carrier's. */
  base: number;
  days: number;
  minWeight?: number;
  maxWeight?: number;
  /** Fixed transit text for couriers that do not count in days. */
  transit?: string;
}

export interface Carrier {
  id: CarrierId;
  displayName: string;
  /** Where the carrier ships from: the store's origin for that carrier. */
  home: string;
  perLb: number;
  perBand: number;
  services: readonly DeliveryService[];
}

const svc = (code: string, name: string, scope: Scope, base: number, days: number, extra: Partial<DeliveryService> = {}): DeliveryService => ({
  code,
  name,
  scope,
  base,
  days,
  ...extra,
});
const D = 'domestic';
const I = 'international';

export const carriers: Record<CarrierId, Carrier> = {
  endicia: {
    id: 'endicia',
    displayName: 'USPS',
    home: 'US',
    perLb: 0.85,
    perBand: 0.6,
    services: [
      svc('PriorityExpress', 'Priority Mail Express', D, 26.35, 1),
      svc('Priority', 'Priority Mail', D, 8.7, 2),
      svc('First', 'First-Class Package', D, 4.75, 3, { maxWeight: 0.8125 }),
      svc('ParcelSelect', 'Parcel Select Ground', D, 7.4, 5),
      svc('MediaMail', 'Media Mail', D, 3.65, 7),
      svc('PriorityMailExpressInternational', 'Priority Mail Express International', I, 44.5, 4),
      svc('PriorityMailInternational', 'Priority Mail International', I, 32.1, 8),
      svc('FirstClassPackageInternationalService', 'First-Class Package International', I, 14.25, 12, { maxWeight: 4 }),
    ],
  },
  fedex: {
    id: 'fedex',
    displayName: 'FedEx',
    home: 'US',
    perLb: 1.1,
    perBand: 0.9,
    services: [
      svc('FIRST_OVERNIGHT', 'First Overnight', D, 89.0, 1),
      svc('PRIORITY_OVERNIGHT', 'Priority Overnight', D, 54.0, 1),
      svc('STANDARD_OVERNIGHT', 'Standard Overnight', D, 45.5, 1),
      svc('FEDEX_2_DAY', '2Day', D, 22.4, 2),
      svc('FEDEX_EXPRESS_SAVER', 'Express Saver', D, 18.9, 3),
      svc('FEDEX_GROUND', 'Ground', D, 10.2, 5),
      svc('GROUND_HOME_DELIVERY', 'Home Delivery', D, 11.1, 5),
      svc('FEDEX_1_DAY_FREIGHT', '1Day Freight', D, 320, 1, { minWeight: 150 }),
      svc('FEDEX_2_DAY_FREIGHT', '2Day Freight', D, 260, 2, { minWeight: 150 }),
      svc('FEDEX_3_DAY_FREIGHT', '3Day Freight', D, 210, 3, { minWeight: 150 }),
      svc('INTERNATIONAL_FIRST', 'International First', I, 160, 2),
      svc('INTERNATIONAL_PRIORITY', 'International Priority', I, 78, 3),
      svc('INTERNATIONAL_ECONOMY', 'International Economy', I, 61, 5),
      svc('EUROPE_FIRST_INTERNATIONAL_PRIORITY', 'Europe First International Priority', I, 150, 2),
      svc('INTERNATIONAL_PRIORITY_FREIGHT', 'International Priority Freight', I, 540, 3, { minWeight: 150 }),
      svc('INTERNATIONAL_ECONOMY_FREIGHT', 'International Economy Freight', I, 430, 6, { minWeight: 150 }),
    ],
  },
  upsready: {
    id: 'upsready',
    displayName: 'UPS®',
    home: 'US',
    perLb: 1.05,
    perBand: 0.85,
    services: [
      svc('Next_Day_Air_Early_AM', 'UPS Next Day Air® Early', D, 92, 1),
      svc('Next_Day_Air', 'UPS Next Day Air®', D, 44.1, 1),
      svc('Next_Day_Air_Saver', 'UPS Next Day Air Saver®', D, 39.5, 1),
      svc('2nd_Day_Air_AM', 'UPS 2nd Day Air A.M.®', D, 27.4, 2),
      svc('2nd_Day_Air', 'UPS 2nd Day Air®', D, 23.9, 2),
      svc('3_Day_Select', 'UPS 3 Day Select®', D, 17.6, 3),
      svc('Ground', 'UPS® Ground', D, 10.9, 5),
      svc('Today_Dedicated_Courier', 'UPS Today Dedicated Courier', D, 120, 0, { transit: 'Same day' }),
      svc('Today_Express', 'UPS Today Express', D, 65, 0, { transit: 'Same day' }),
      svc('Today_Express_Saver', 'UPS Today Express Saver', D, 55, 0, { transit: 'Same day' }),
      svc('Today_Intercity', 'UPS Today Intercity', D, 70, 0, { transit: 'Same day' }),
      svc('Today_Standard', 'UPS Today Standard', D, 40, 0, { transit: 'Same day' }),
      svc('Standard', 'UPS® Standard', I, 24.5, 5),
      svc('Expedited', 'UPS Worldwide Expedited®', I, 58, 4),
      svc('Express', 'UPS Worldwide Express®', I, 88, 2),
      svc('Express_Plus', 'UPS Worldwide Express Plus®', I, 120, 1),
      svc('Express_Saver', 'UPS Worldwide Express Saver®', I, 79, 3),
      svc('Express_Early_AM', 'UPS Express Early A.M.®', I, 130, 1),
      svc('Saver', 'UPS Worldwide Saver®', I, 76, 3),
      svc('Worldwide_Expedited', 'UPS Worldwide Expedited®', I, 58, 4),
      svc('Worldwide_Express', 'UPS Worldwide Express®', I, 88, 2),
      svc('Worldwide_Express_Plus', 'UPS Worldwide Express Plus®', I, 120, 1),
      svc('Worldwide_Express_Saver', 'UPS Worldwide Express Saver®', I, 79, 3),
      svc('Worldwide_Saver', 'UPS Worldwide Saver®', I, 76, 3),
    ],
  },
  canadapost: {
    id: 'canadapost',
    displayName: 'Canada Post',
    home: 'CA',
    perLb: 0.95,
    perBand: 0.7,
    services: [
      svc('DOM.RP', 'Regular Parcel', D, 11.2, 6),
      svc('DOM.EP', 'Expedited Parcel', D, 13.4, 3),
      svc('DOM.XP', 'Xpresspost', D, 18.8, 2),
      svc('DOM.XP.CERT', 'Xpresspost Certified', D, 21.3, 2),
      svc('DOM.PC', 'Priority', D, 29.9, 1),
      svc('DOM.LIB', 'Library Materials', D, 5.1, 7),
      svc('USA.EP', 'Expedited Parcel USA', { only: ['US'] }, 19.6, 5),
      svc('USA.PW.ENV', 'Priority Worldwide Envelope USA', { only: ['US'] }, 45, 2, { maxWeight: 1.1 }),
      svc('USA.PW.PAK', 'Priority Worldwide pak USA', { only: ['US'] }, 55, 2, { maxWeight: 3.3 }),
      svc('USA.PW.PARCEL', 'Priority Worldwide Parcel USA', { only: ['US'] }, 62, 2),
      svc('USA.SP.AIR', 'Small Packet USA Air', { only: ['US'] }, 9.8, 8, { maxWeight: 2.2 }),
      svc('USA.TP', 'Tracked Packet USA', { only: ['US'] }, 14.2, 6, { maxWeight: 4.4 }),
      svc('USA.TP.LVM', 'Tracked Packet USA (LVM)', { only: ['US'] }, 13.1, 6, { maxWeight: 4.4 }),
      svc('USA.XP', 'Xpresspost USA', { only: ['US'] }, 29.5, 3),
      svc('INT.XP', 'Xpresspost International', I, 58, 5),
      svc('INT.IP.AIR', 'International Parcel Air', I, 47, 8),
      svc('INT.IP.SURF', 'International Parcel Surface', I, 31, 40),
      svc('INT.PW.ENV', 'Priority Worldwide Envelope Intl', I, 70, 3, { maxWeight: 1.1 }),
      svc('INT.PW.PAK', 'Priority Worldwide pak Intl', I, 82, 3, { maxWeight: 3.3 }),
      svc('INT.PW.PARCEL', 'Priority Worldwide parcel Intl', I, 95, 3),
      svc('INT.SP.AIR', 'Small Packet International Air', I, 14.5, 12, { maxWeight: 2.2 }),
      svc('INT.SP.SURF', 'Small Packet International Surface', I, 9.9, 45, { maxWeight: 2.2 }),
      svc('INT.TP', 'Tracked Packet International', I, 24.9, 10, { maxWeight: 4.4 }),
    ],
  },
  auspost: {
    id: 'auspost',
    displayName: 'Australia Post',
    home: 'AU',
    perLb: 0.9,
    perBand: 0.65,
    services: [
      svc('AUS_LETTER_REGULAR_SMALL', 'Letter Regular Small', D, 1.5, 5, { maxWeight: 0.55 }),
      svc('AUS_LETTER_REGULAR_Large', 'Letter Regular Large', D, 3.0, 5, { maxWeight: 1.1 }),
      svc('AUS_LETTER_EXPRESS_SMALL', 'Letter Express Small', D, 6.3, 2, { maxWeight: 0.55 }),
      svc('AUS_LETTER_EXPRESS_MEDIUM', 'Letter Express Medium', D, 8.2, 2, { maxWeight: 1.1 }),
      svc('AUS_LETTER_EXPRESS_LARGE', 'Letter Express Large', D, 10.4, 2, { maxWeight: 1.1 }),
      svc('AUS_PARCEL_REGULAR', 'Parcel Post', D, 10.95, 5),
      svc('AUS_PARCEL_REGULAR_SATCHEL_500G', 'Parcel Post Small Satchel', D, 10.65, 5, { maxWeight: 1.1 }),
      svc('AUS_PARCEL_REGULAR_SATCHEL_3KG', 'Parcel Post Medium Satchel', D, 14.25, 5, { maxWeight: 6.6 }),
      svc('AUS_PARCEL_REGULAR_SATCHEL_5KG', 'Parcel Post Large Satchel', D, 18.7, 5, { maxWeight: 11 }),
      svc('AUS_PARCEL_EXPRESS', 'Express Post', D, 14.6, 2),
      svc('AUS_PARCEL_EXPRESS_SATCHEL_500G', 'Express Post Small Satchel', D, 13.85, 2, { maxWeight: 1.1 }),
      svc('AUS_PARCEL_EXPRESS_SATCHEL_3KG', 'Express Post Medium Satchel', D, 18.9, 2, { maxWeight: 6.6 }),
      svc('AUS_PARCEL_EXPRESS_SATCHEL_5KG', 'Express Post Large Satchel', D, 24.6, 2, { maxWeight: 11 }),
      svc('AUS_PARCEL_COURIER', 'Courier Post', D, 29.5, 1),
      svc('AUS_PARCEL_COURIER_SATCHEL_MEDIUM', 'Courier Post Medium Satchel', D, 27.3, 1, { maxWeight: 6.6 }),
      svc('INT_PARCEL_COR_OWN_PACKAGING', 'International Courier', I, 96, 3),
      svc('INT_PARCEL_EXP_OWN_PACKAGING', 'International Express', I, 66, 4),
      svc('INT_PARCEL_STD_OWN_PACKAGING', 'International Standard', I, 38, 8),
      svc('INT_PARCEL_AIR_OWN_PACKAGING', 'International Economy Air', I, 31, 10),
      svc('INT_PARCEL_SEA_OWN_PACKAGING', 'International Economy Sea', I, 24, 45),
    ],
  },
  royalmail: {
    id: 'royalmail',
    displayName: 'Royal Mail',
    home: 'GB',
    perLb: 0.7,
    perBand: 0.5,
    services: [
      svc('SpecialDelivery9am', 'Special Delivery Guaranteed by 9am', D, 24.5, 1),
      svc('SpecialDelivery1pm', 'Special Delivery Guaranteed by 1pm', D, 8.25, 1),
      svc('SpecialDelivery9amSaturday', 'Special Delivery by 9am (Saturday)', D, 29.5, 1),
      svc('SpecialDelivery1pmSaturday', 'Special Delivery by 1pm (Saturday)', D, 12.5, 1),
      svc('SignedForFirstClass', 'Signed For 1st Class', D, 4.95, 1),
      svc('SignedForSecondClass', 'Signed For 2nd Class', D, 4.25, 3),
      svc('Express9', 'Parcelforce express9', D, 38, 1),
      svc('Express10', 'Parcelforce express10', D, 30, 1),
      svc('ExpressAM', 'Parcelforce expressAM', D, 22, 1),
      svc('Express24', 'Parcelforce express24', D, 16, 1),
      svc('Express48', 'Parcelforce express48', D, 12, 2),
      svc('StandardFirstClass', '1st Class', D, 3.35, 1),
      svc('StandardSecondClass', '2nd Class', D, 2.85, 3),
      svc('InternationalStandard', 'International Standard', I, 11.5, 7),
      svc('InternationalTracked', 'International Tracked', I, 17.5, 6),
      svc('InternationalEconomy', 'International Economy', I, 9.2, 21),
    ],
  },
  zoom2u: {
    id: 'zoom2u',
    displayName: 'Zoom2U',
    home: 'AU',
    perLb: 0.4,
    perBand: 2.5,
    services: [
      svc('3_hour', '3 hour delivery', D, 19.9, 0, { transit: '3 hours' }),
      svc('Same_day', 'Same day delivery', D, 14.9, 0, { transit: 'Same day' }),
      svc('VIP', 'VIP delivery', D, 39.9, 0, { transit: 'Within 1 hour' }),
    ],
  },
};

export function serviceCodes(carrier: CarrierId): string[] {
  return carriers[carrier].services.map((service) => service.code);
}

export interface CarrierRate {
  service: DeliveryService;
  cost: number;
  transitTime: string;
}

/**
 * Rates for the enabled services that can carry this weight to this destination. Deterministic:
 * the same weight and destination always give the same costs, so tests can name them.
 */
export function rateCarrier(
  carrier: CarrierId,
  enabledServices: readonly string[],
  destination: QuoteDestination,
  weight: number,
): CarrierRate[] {
  const table = carriers[carrier];
  const band = distanceBand(table.home, destination);
  const domestic = destination.countryCode.toUpperCase() === table.home;
  const billable = Math.max(1, Math.ceil(weight));
  const rates: CarrierRate[] = [];
  for (const code of enabledServices) {
    const service = table.services.find((candidate) => candidate.code === code);
    if (!service || !inScope(service.scope, domestic, destination.countryCode)) continue;
    if (service.maxWeight !== undefined && weight > service.maxWeight) continue;
    if (service.minWeight !== undefined && weight < service.minWeight) continue;
    const cost = roundMoney(service.base + table.perLb * billable + table.perBand * band);
    rates.push({ service, cost, transitTime: service.transit ?? businessDays(service.days + Math.floor(band / 3)) });
  }
  return rates;
}

function inScope(scope: Scope, domestic: boolean, country: string): boolean {
  if (scope === 'domestic') return domestic;
  if (scope === 'international') return !domestic;
  return scope.only.includes(country.toUpperCase());
}

/**
 * 0 (next door) to 4 at home, 5 for a neighbouring country, 8 beyond. At home, from the postal code's first character against the
 * origin's (the seeded store ships from Austin, TX 78751); abroad, neighbours are nearer.
 */
export function distanceBand(home: string, destination: QuoteDestination): number {
  const country = destination.countryCode.toUpperCase();
  if (country !== home) return neighbours[home]?.includes(country) ? 5 : 8;
  const first = (destination.postalCode ?? '').trim().toUpperCase().charCodeAt(0);
  if (Number.isNaN(first)) return 3;
  const origin = (origins[home] ?? '0').charCodeAt(0);
  return Math.min(4, Math.abs(first - origin));
}

const origins: Record<string, string> = { US: '7', CA: 'M', AU: '2', GB: 'E' };
const neighbours: Record<string, readonly string[]> = { US: ['CA', 'MX'], CA: ['US'], AU: ['NZ'], GB: ['IE', 'FR'] };

function businessDays(days: number): string {
  return days === 1 ? '1 business day' : `${days} business days`;
}
