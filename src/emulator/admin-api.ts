// The wire shapes of the emulator's admin API (/__emulator/*), declared once: the emulator answers
// with them and its clients (the demo, browser tests, the benchmark) read them. Clients import
// these with `import type` only, so nothing of the Node-only emulator reaches a browser bundle.
import type { FaultSettings } from './faults.js';

export type { FaultSettings, SplitKeepsId } from './faults.js';
export type { LoggedRequest } from './request-log.js';

/** `GET /__emulator/catalog` */
export interface CatalogView {
  products: CatalogProductView[];
}

export interface CatalogProductView {
  id: number;
  name: string;
  type: 'physical' | 'digital';
  price: number;
  weight: number;
  fixedShippingCost?: number;
  isShippingFree?: true;
  /** Countries this product cannot be shipped to (ISO 3166-1 alpha-2). */
  cannotShipTo?: string[];
  variants: CatalogVariantView[];
}

export interface CatalogVariantView {
  id: number;
  sku: string;
  price: number;
  options: { optionId: number; name: string; valueId: number; value: string }[];
}

/** `GET /__emulator/faults`: the global settings, the emulator seed, and each checkout's overrides. */
export type FaultsView = FaultSettings & { seed: number; checkouts: Record<string, Partial<FaultSettings>> };

/** `PUT /__emulator/faults[?checkoutId=…]`: any subset, and a seed (per checkout, with checkoutId). */
export type FaultsPatch = Partial<FaultSettings> & { seed?: number };
