// The store side of shipping: configuration (zones, methods, carrier connections) plus the quote
// engine the storefront asks through ShippingQuoter. In memory; reset() restores the seed.
import type { QuoteDestination, QuoteItem, ShippingQuote, ShippingQuoter } from './contract.js';
import { credentialsAccepted, type CarrierId } from './carriers.js';
import type { Method, Zone } from './model.js';
import { methodOfOption, quoteConsignment, separateHandlingFee, type ConnectionStatus, type ShippingConfiguration, type ZoneQuote } from './quote.js';
import { shippingSeed } from './seed.js';
import { matchZone } from './zones.js';

export type { ConnectionStatus } from './quote.js';
export type { CarrierId } from './carriers.js';
export type * from './model.js';
export type * from './contract.js';

export type ZoneData = Omit<Zone, 'id'>;
export type MethodData = Omit<Method, 'id'>;

export interface ShippingStore extends ShippingQuoter {
  /** Back to the seeded configuration, carriers connected as seeded. */
  reset(): void;

  zones(): Zone[];
  zone(id: number): Zone | undefined;
  /** The zone that serves a destination, if any (for the order's shipping_zone_id/name). */
  zoneFor(destination: QuoteDestination): Zone | undefined;
  /** The method that quoted this option id (undefined for a zone's own free or fixed option). */
  methodOfOption(optionId: string): number | undefined;
  createZone(data: ZoneData): Zone;
  replaceZone(id: number, data: ZoneData): Zone | undefined;
  /** Deletes the zone with its methods; false when there is no such zone. */
  deleteZone(id: number): boolean;

  /** undefined when the zone does not exist. */
  methods(zoneId: number): Method[] | undefined;
  method(zoneId: number, methodId: number): Method | undefined;
  createMethod(zoneId: number, data: MethodData): Method | undefined;
  replaceMethod(zoneId: number, methodId: number, data: MethodData): Method | undefined;
  deleteMethod(zoneId: number, methodId: number): boolean;

  /** Stores the credentials; the carrier accepts or refuses them (see credentialsAccepted). */
  connectCarrier(carrier: CarrierId, connection: Record<string, unknown>): ConnectionStatus;
  disconnectCarrier(carrier: CarrierId): void;
  connectionStatus(carrier: CarrierId): ConnectionStatus;
}

interface Connection {
  status: Exclude<ConnectionStatus, 'disconnected'>;
  connection: Record<string, unknown>;
}

const clone = <T>(value: T): T => structuredClone(value);

export function createShippingStore(): ShippingStore {
  let zones: Zone[] = [];
  let methods = new Map<number, Method[]>();
  let connections = new Map<CarrierId, Connection>();
  let nextZoneId = 1;
  let nextMethodId = 1;
  let nextLocationId = 1;

  const config: ShippingConfiguration = {
    get zones() {
      return zones;
    },
    methodsOf: (zoneId) => methods.get(zoneId) ?? [],
    connectionStatus: (carrier) => connections.get(carrier)?.status ?? 'disconnected',
  };

  function load(): void {
    const seed = shippingSeed();
    zones = clone(seed.zones);
    methods = new Map(Object.entries(seed.methods).map(([zoneId, list]) => [Number(zoneId), clone(list)]));
    connections = new Map(
      seed.connections.map(({ carrier, connection }) => [
        carrier,
        { status: credentialsAccepted(connection) ? 'connected' : 'refused', connection: clone(connection) },
      ]),
    );
    nextZoneId = Math.max(0, ...zones.map((z) => z.id)) + 1;
    nextMethodId = Math.max(0, ...[...methods.values()].flat().map((m) => m.id)) + 1;
    nextLocationId = Math.max(0, ...zones.flatMap((z) => z.locations.map((l) => l.id))) + 1;
  }
  load();

  /** Locations keep an id the zone already had; new ones get fresh ids. */
  function withLocationIds(data: ZoneData, previous?: Zone): Zone['locations'] {
    const known = new Set(previous?.locations.map((l) => l.id));
    return data.locations.map((location) => ({
      ...location,
      id: location.id !== undefined && known.has(location.id) ? location.id : nextLocationId++,
    }));
  }

  // One answer asks for each consignment's quote several times (its options, whether its selection
  // is still offered, its handling fee), and every answer asks for every consignment's: a quote is
  // kept until the configuration changes (every change goes through a method below, see the end).
  let quotes = new Map<string, ZoneQuote>();
  let version = 0;
  function quoted(destination: QuoteDestination, items: readonly QuoteItem[]): ZoneQuote {
    const key = JSON.stringify([destination, items]);
    let quote = quotes.get(key);
    if (!quote) {
      if (quotes.size >= 5000) quotes = new Map();
      quote = quoteConsignment(config, destination, items);
      quotes.set(key, quote);
    }
    return quote;
  }

  const store: ShippingStore = {
    reset: load,

    version: () => version,
    quote(destination: QuoteDestination, items: readonly QuoteItem[]): ShippingQuote[] {
      return quoted(destination, items).options;
    },
    handlingFee(destination, items, selectedOptionId) {
      return separateHandlingFee(quoted(destination, items), selectedOptionId);
    },

    zones: () => clone(zones),
    zone: (id) => clone(zones.find((z) => z.id === id)),
    zoneFor: (destination) => clone(matchZone(zones, destination)),
    methodOfOption: (optionId) => methodOfOption(config, optionId),
    createZone(data) {
      const zone: Zone = { ...clone(data), id: nextZoneId++, locations: withLocationIds(data) };
      zones.push(zone);
      methods.set(zone.id, []);
      return clone(zone);
    },
    replaceZone(id, data) {
      const index = zones.findIndex((z) => z.id === id);
      const previous = zones[index];
      if (!previous) return undefined;
      const zone: Zone = { ...clone(data), id, locations: withLocationIds(data, previous) };
      zones[index] = zone;
      return clone(zone);
    },
    deleteZone(id) {
      const before = zones.length;
      zones = zones.filter((z) => z.id !== id);
      methods.delete(id);
      return zones.length < before;
    },

    methods(zoneId) {
      if (!zones.some((z) => z.id === zoneId)) return undefined;
      return clone([...(methods.get(zoneId) ?? [])].sort((a, b) => a.id - b.id));
    },
    method: (zoneId, methodId) => clone(methods.get(zoneId)?.find((m) => m.id === methodId)),
    createMethod(zoneId, data) {
      if (!zones.some((z) => z.id === zoneId)) return undefined;
      const method: Method = { ...clone(data), id: nextMethodId++ };
      methods.set(zoneId, [...(methods.get(zoneId) ?? []), method]);
      return clone(method);
    },
    replaceMethod(zoneId, methodId, data) {
      const list = methods.get(zoneId);
      const index = list?.findIndex((m) => m.id === methodId) ?? -1;
      if (!list || index < 0) return undefined;
      const method: Method = { ...clone(data), id: methodId };
      list[index] = method;
      return clone(method);
    },
    deleteMethod(zoneId, methodId) {
      const list = methods.get(zoneId);
      if (!list?.some((m) => m.id === methodId)) return false;
      methods.set(zoneId, list.filter((m) => m.id !== methodId));
      return true;
    },

    connectCarrier(carrier, connection) {
      const status = credentialsAccepted(connection) ? 'connected' : 'refused';
      connections.set(carrier, { status, connection: clone(connection) });
      return status;
    },
    disconnectCarrier(carrier) {
      connections.delete(carrier);
    },
    connectionStatus: (carrier) => config.connectionStatus(carrier),
  };
  const changes = ['reset', 'createZone', 'replaceZone', 'deleteZone', 'createMethod', 'replaceMethod', 'deleteMethod', 'connectCarrier', 'disconnectCarrier'] as const;
  for (const name of changes) {
    const change = store[name] as (...args: unknown[]) => unknown;
    (store as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
      quotes = new Map();
      version++;
      return change(...args);
    };
  }
  return store;
}
