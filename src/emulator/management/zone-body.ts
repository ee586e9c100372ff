// A zone request body → the stored zone, or a 400 naming every problem.
import type { ZoneData } from '../shipping/index.js';
import { money4, toNumber, zoneTypes, type Zone, type ZoneHandlingFees, type ZoneLocation, type ZoneType } from '../shipping/model.js';
import { cannotWrite, objectBody, Problems, requiredField } from './errors.js';

const defaults: ZoneData = {
  name: '',
  type: 'country',
  locations: [],
  free_shipping: { enabled: false, minimum_sub_total: '0.0000', exclude_fixed_shipping_products: false },
  handling_fees: { fixed_surcharge: '0', display_separately: true },
  enabled: true,
};

/**
 * POST needs name and type; PUT needs name (the spec: "Required for PUT requests") and keeps
 * what it leaves out from `previous`.
 */
export function parseZone(raw: unknown, previous?: Zone): ZoneData {
  const body = objectBody(raw);
  const problems = new Problems();
  const base: ZoneData = structuredClone(previous ? withoutId(previous) : defaults);

  if ('id' in body) problems.add(cannotWrite('id'));
  const name = body.name;
  if (name === undefined || name === null || name === '') problems.add(requiredField('name'));
  else if (typeof name !== 'string') problems.add("The field 'name' must be a string.");
  else base.name = name;

  if (body.type === undefined || body.type === null) {
    if (!previous) problems.add(requiredField('type'));
  } else if (!zoneTypes.includes(body.type as ZoneType)) {
    problems.add(`The field 'type' must be one of ${zoneTypes.join(', ')}.`);
  } else {
    base.type = body.type as ZoneType;
  }

  if (body.locations !== undefined) {
    if (!Array.isArray(body.locations)) problems.add("The field 'locations' must be an array.");
    else base.locations = body.locations.map((location, index) => parseLocation(location, index, problems));
  }
  if (previous === undefined || body.locations !== undefined || body.type !== undefined) {
    checkLocations(base, problems);
  }

  if (body.free_shipping !== undefined) {
    const free = body.free_shipping;
    if (typeof free !== 'object' || free === null || Array.isArray(free)) {
      problems.add("The field 'free_shipping' must be an object.");
    } else {
      const f = free as Record<string, unknown>;
      if (f.enabled !== undefined) {
        if (typeof f.enabled !== 'boolean') problems.add("The field 'free_shipping.enabled' must be a boolean.");
        else base.free_shipping.enabled = f.enabled;
      }
      if (f.minimum_sub_total !== undefined) {
        const minimum = toNumber(f.minimum_sub_total);
        if (Number.isNaN(minimum) || minimum < 0) {
          problems.add("The field 'free_shipping.minimum_sub_total' must be a non-negative number (float, float-as-string or integer).");
        } else base.free_shipping.minimum_sub_total = money4(minimum);
      }
      if (f.exclude_fixed_shipping_products !== undefined) {
        if (typeof f.exclude_fixed_shipping_products !== 'boolean') {
          problems.add("The field 'free_shipping.exclude_fixed_shipping_products' must be a boolean.");
        } else base.free_shipping.exclude_fixed_shipping_products = f.exclude_fixed_shipping_products;
      }
    }
  }

  if (body.handling_fees !== undefined) {
    const fees = parseZoneFees(body.handling_fees, base.handling_fees, problems);
    if (fees) base.handling_fees = fees;
  }

  if (body.enabled !== undefined) {
    if (typeof body.enabled !== 'boolean') problems.add("The field 'enabled' must be a boolean.");
    else base.enabled = body.enabled;
  }
  problems.throwIfAny();
  return base;
}

function parseLocation(raw: unknown, index: number, problems: Problems): ZoneLocation {
  const location: ZoneLocation = { id: 0 };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    problems.add(`The field 'locations[${index}]' must be an object.`);
    return location;
  }
  const l = raw as Record<string, unknown>;
  if (typeof l.id === 'number') location.id = l.id;
  for (const field of ['zip', 'country_iso2', 'state_iso2'] as const) {
    const value = l[field];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string' || value.trim() === '') {
      problems.add(`The field 'locations[${index}].${field}' must be a non-empty string.`);
      continue;
    }
    location[field] = field === 'zip' ? value.trim() : value.trim().toUpperCase();
  }
  if (location.country_iso2 !== undefined && !/^[A-Z]{2}$/.test(location.country_iso2)) {
    problems.add(`The field 'locations[${index}].country_iso2' must be a 2-letter ISO 3166-1 code.`);
  }
  return location;
}

/** What each zone type's locations must name. */
function checkLocations(zone: ZoneData, problems: Problems): void {
  const needs: Record<ZoneType, ReadonlyArray<keyof ZoneLocation>> = {
    country: ['country_iso2'],
    state: ['country_iso2', 'state_iso2'],
    zip: ['country_iso2', 'zip'],
    global: [],
  };
  zone.locations.forEach((location, index) => {
    for (const field of needs[zone.type]) {
      if (location[field] === undefined) problems.add(`A ${zone.type} zone needs '${field}' on every location; locations[${index}] has none.`);
    }
  });
}

function parseZoneFees(raw: unknown, previous: ZoneHandlingFees, problems: Problems): ZoneHandlingFees | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    problems.add("The field 'handling_fees' must be an object.");
    return undefined;
  }
  const fees = raw as Record<string, unknown>;
  const hasFixed = fees.fixed_surcharge !== undefined && fees.fixed_surcharge !== null;
  const hasPercentage = fees.percentage_surcharge !== undefined && fees.percentage_surcharge !== null;
  if (hasFixed && hasPercentage) {
    problems.add("The field 'handling_fees' takes either 'fixed_surcharge' or 'percentage_surcharge', not both.");
    return undefined;
  }
  let display = previous.display_separately;
  if (fees.display_separately !== undefined) {
    if (typeof fees.display_separately !== 'boolean') problems.add("The field 'handling_fees.display_separately' must be a boolean.");
    else display = fees.display_separately;
  }
  const amount = (field: string): string | undefined => {
    const value = toNumber(fees[field]);
    if (Number.isNaN(value) || value < 0) {
      problems.add(`The field 'handling_fees.${field}' must be a non-negative number.`);
      return undefined;
    }
    return String(value);
  };
  if (hasPercentage) {
    const percentage = amount('percentage_surcharge');
    return percentage === undefined ? undefined : { percentage_surcharge: percentage, display_separately: display };
  }
  if (hasFixed) {
    const fixed = amount('fixed_surcharge');
    return fixed === undefined ? undefined : { fixed_surcharge: fixed, display_separately: display };
  }
  return { ...previous, display_separately: display };
}

function withoutId(zone: Zone): ZoneData {
  const { id: _id, ...data } = zone;
  return data;
}
