// The seeded store's catalog: what POST /api/storefront/carts can put in a cart.
// Prices in USD, weights in lb (the seeded store's units).
import type { CatalogView } from './admin-api.js';

export interface OptionValue {
  /** The option's id (`nameId` on a line item, `optionId` in a cart request). */
  nameId: number;
  name: string;
  /** The value's id (`valueId` on a line item, `optionValue` in a cart request). */
  valueId: number;
  value: string;
}

export interface Variant {
  id: number;
  sku: string;
  options: OptionValue[];
  /** Overrides the product's price when set. */
  price?: number;
  /** Overrides the product's weight when set. */
  weight?: number;
}

export interface Product {
  id: number;
  name: string;
  type: 'physical' | 'digital';
  brand: string;
  categories: string[];
  price: number;
  weight: number;
  variants: Variant[];
  /** Ships at this cost per unit whatever the zone charges (the store's "fixed shipping cost"). */
  fixedShippingCost?: number;
  /** "Free shipping" product flag. */
  isShippingFree?: boolean;
  /** ISO 3166-1 alpha-2 codes this product cannot be shipped to (no quote is offered). */
  cannotShipTo?: string[];
}

type OptionSpec = readonly [nameId: number, name: string, values: readonly (readonly [valueId: number, value: string])[]];

/** Every combination of the given options becomes a variant, ids counting up from `firstId`. */
function variantsOf(sku: string, firstId: number, specs: readonly OptionSpec[], price?: (o: OptionValue[]) => number | undefined): Variant[] {
  let combos: OptionValue[][] = [[]];
  for (const [nameId, name, values] of specs) {
    combos = combos.flatMap((combo) => values.map(([valueId, value]) => [...combo, { nameId, name, valueId, value }]));
  }
  return combos.map((options, index) => {
    const variant: Variant = {
      id: firstId + index,
      sku: [sku, ...options.map((o) => o.value.toUpperCase().replace(/[^A-Z0-9]+/g, ''))].join('-'),
      options,
    };
    const p = price?.(options);
    if (p !== undefined) variant.price = p;
    return variant;
  });
}

const color = (nameId: number, ...values: (readonly [number, string])[]): OptionSpec => [nameId, 'Color', values];
const size = (nameId: number, ...values: (readonly [number, string])[]): OptionSpec => [nameId, 'Size', values];

export const seededProducts: readonly Product[] = [
  {
    id: 101, name: 'Orbit Ceramic Mug', type: 'physical', brand: 'Orbit', categories: ['Kitchen'], price: 12, weight: 1.1,
    variants: variantsOf('MUG', 1011, [color(1, [11, 'Black'], [12, 'White'], [13, 'Sage'])]),
  },
  {
    id: 102, name: 'Canvas Tote Bag', type: 'physical', brand: 'Fieldwork', categories: ['Bags'], price: 24, weight: 0.6,
    variants: variantsOf('TOTE', 1021, [color(2, [21, 'Natural'], [22, 'Navy'])]),
  },
  {
    id: 103, name: 'Trail Running Shoes', type: 'physical', brand: 'Switchback', categories: ['Footwear'], price: 119, weight: 2.2,
    variants: variantsOf('SHOE', 1031, [
      size(3, [31, '8'], [32, '9'], [33, '10'], [34, '11']),
      color(4, [41, 'Slate'], [42, 'Coral']),
    ]),
  },
  {
    id: 104, name: 'Merino Wool Beanie', type: 'physical', brand: 'Fieldwork', categories: ['Apparel'], price: 28, weight: 0.3,
    variants: variantsOf('BEANIE', 1041, []),
  },
  {
    id: 105, name: 'Cast Iron Skillet 10"', type: 'physical', brand: 'Hearth', categories: ['Kitchen'], price: 45, weight: 5.5,
    variants: variantsOf('SKILLET', 1051, []),
  },
  {
    id: 106, name: 'Pour-Over Coffee Kit', type: 'physical', brand: 'Orbit', categories: ['Kitchen'], price: 64, weight: 2.8,
    variants: variantsOf('POUROVER', 1061, []),
  },
  {
    id: 107, name: 'Linen Throw Pillow', type: 'physical', brand: 'Hearth', categories: ['Home'], price: 39, weight: 1.5,
    variants: variantsOf('PILLOW', 1071, [size(5, [51, '18 in'], [52, '22 in'])], (o) => (o[0]?.valueId === 52 ? 49 : undefined)),
  },
  {
    id: 108, name: 'Hardcover Field Notebook', type: 'physical', brand: 'Fieldwork', categories: ['Stationery'], price: 16, weight: 0.8,
    variants: variantsOf('NOTEBOOK', 1081, []),
  },
  {
    id: 109, name: 'Insulated Water Bottle', type: 'physical', brand: 'Switchback', categories: ['Outdoor'], price: 32, weight: 1,
    variants: variantsOf('BOTTLE', 1091, [
      size(6, [61, '750 ml'], [62, '1 l']),
      color(7, [71, 'Glacier'], [72, 'Moss']),
    ], (o) => (o[0]?.valueId === 62 ? 36 : undefined)),
  },
  {
    id: 110, name: 'Ceramic Planter', type: 'physical', brand: 'Hearth', categories: ['Home'], price: 22, weight: 3,
    variants: variantsOf('PLANTER', 1101, [size(8, [81, 'Small'], [82, 'Medium'], [83, 'Large'])], (o) =>
      o[0]?.valueId === 82 ? 34 : o[0]?.valueId === 83 ? 48 : undefined),
  },
  {
    // Lithium batteries: carriers refuse them for these destinations, so no option is quoted there.
    id: 111, name: 'Rechargeable Camp Lantern', type: 'physical', brand: 'Switchback', categories: ['Outdoor'], price: 54, weight: 1.4,
    variants: variantsOf('LANTERN', 1111, []),
    cannotShipTo: ['AU', 'NZ', 'GB', 'IE'],
  },
  {
    id: 112, name: 'Enamel Pin Set', type: 'physical', brand: 'Orbit', categories: ['Accessories'], price: 9, weight: 0.1,
    variants: variantsOf('PINS', 1121, []),
    isShippingFree: true,
  },
  {
    id: 113, name: 'Oak Side Table', type: 'physical', brand: 'Hearth', categories: ['Furniture'], price: 189, weight: 18,
    variants: variantsOf('TABLE', 1131, []),
    fixedShippingCost: 35,
  },
  {
    id: 114, name: 'Cotton Crew Socks (3 pairs)', type: 'physical', brand: 'Fieldwork', categories: ['Apparel'], price: 18, weight: 0.4,
    variants: variantsOf('SOCKS', 1141, [size(9, [91, 'S'], [92, 'M'], [93, 'L'])]),
  },
  {
    id: 115, name: 'Field Kitchen Recipe Book (PDF)', type: 'digital', brand: 'Hearth', categories: ['Books'], price: 15, weight: 0,
    variants: variantsOf('RECIPES', 1151, []),
  },
];

export interface Catalog {
  products: readonly Product[];
  product(id: number): Product | undefined;
  /** The product and variant a line item refers to. */
  variant(variantId: number): { product: Product; variant: Variant } | undefined;
}

export function createCatalog(products: readonly Product[] = seededProducts): Catalog {
  const byId = new Map(products.map((p) => [p.id, p]));
  const byVariant = new Map(products.flatMap((product) => product.variants.map((variant) => [variant.id, { product, variant }] as const)));
  return {
    products,
    product: (id) => byId.get(id),
    variant: (id) => byVariant.get(id),
  };
}

/** The shape `GET /__emulator/catalog` answers with. */
export function catalogView(catalog: Catalog): CatalogView {
  return {
    products: catalog.products.map((p) => ({
      id: p.id,
      name: p.name,
      type: p.type,
      price: p.price,
      weight: p.weight,
      ...(p.fixedShippingCost !== undefined ? { fixedShippingCost: p.fixedShippingCost } : {}),
      ...(p.isShippingFree ? { isShippingFree: true } : {}),
      ...(p.cannotShipTo ? { cannotShipTo: p.cannotShipTo } : {}),
      variants: p.variants.map((v) => ({
        id: v.id,
        sku: v.sku,
        price: v.price ?? p.price,
        options: v.options.map((o) => ({ optionId: o.nameId, name: o.name, valueId: o.valueId, value: o.value })),
      })),
    })),
  };
}
