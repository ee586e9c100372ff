// A shipping method request body → the stored method, or a 400 naming every problem.
import { carrierForMethod, serviceCodes } from '../shipping/carriers.js';
import type { MethodData } from '../shipping/index.js';
import {
  isCarrierMethodType,
  methodTypes,
  toNumber,
  type Method,
  type MethodHandlingFees,
  type MethodSettings,
  type MethodType,
  type RateRange,
} from '../shipping/model.js';
import { cannotWrite, objectBody, Problems, requiredField } from './errors.js';

/** POST needs name and type; PUT keeps what it leaves out from `previous`. */
export function parseMethod(raw: unknown, previous?: Method): MethodData {
  const body = objectBody(raw);
  const problems = new Problems();
  if ('id' in body) problems.add(cannotWrite('id'));

  let name = previous?.name ?? '';
  if (body.name !== undefined || !previous) {
    if (typeof body.name !== 'string' || body.name.trim() === '') {
      problems.add(body.name === undefined || body.name === null || body.name === '' ? requiredField('name') : "The field 'name' must be a string.");
    } else name = body.name;
  }

  let type: MethodType | undefined = previous?.type;
  if (body.type !== undefined || !previous) {
    if (body.type === undefined || body.type === null) problems.add(requiredField('type'));
    else if (!methodTypes.includes(body.type as MethodType)) {
      problems.add(`The field 'type' must be one of ${methodTypes.join(', ')}.`);
      type = undefined;
    } else type = body.type as MethodType;
  }

  let settings: MethodSettings = {};
  if (body.settings !== undefined && (typeof body.settings !== 'object' || body.settings === null || Array.isArray(body.settings))) {
    problems.add("The field 'settings' must be an object.");
  } else if (type) {
    // Same type: a PUT's settings update the old ones; a new type starts from nothing.
    const kept = previous && previous.type === type ? previous.settings : {};
    settings = parseSettings(type, { ...kept, ...((body.settings as Record<string, unknown> | undefined) ?? {}) }, problems);
  }

  const flag = (field: 'enabled' | 'is_fallback', fallback: boolean): boolean => {
    const value = body[field];
    if (value === undefined) return fallback;
    if (typeof value !== 'boolean') {
      problems.add(`The field '${field}' must be a boolean.`);
      return fallback;
    }
    return value;
  };
  const enabled = flag('enabled', previous?.enabled ?? true);
  const isFallback = flag('is_fallback', previous?.is_fallback ?? false);

  let handlingFees: MethodHandlingFees = previous?.handling_fees ?? { fixed_surcharge: 0 };
  if (body.handling_fees !== undefined) handlingFees = parseMethodFees(body.handling_fees, problems) ?? handlingFees;

  let channelIds = previous?.channel_ids ?? [1];
  if (body.channel_ids !== undefined) {
    if (!Array.isArray(body.channel_ids) || !body.channel_ids.every((id) => Number.isInteger(id))) {
      problems.add("The field 'channel_ids' must be an array of integers.");
    } else channelIds = body.channel_ids as number[];
  }

  problems.throwIfAny();
  return {
    name,
    type: type as MethodType,
    settings,
    enabled,
    handling_fees: handlingFees,
    is_fallback: isFallback,
    channel_ids: channelIds,
  };
}

function parseSettings(type: MethodType, raw: Record<string, unknown>, problems: Problems): MethodSettings {
  const number = (field: string, value: unknown): number | undefined => {
    const n = toNumber(value);
    if (Number.isNaN(n) || n < 0) {
      problems.add(`The field 'settings.${field}' must be a non-negative number.`);
      return undefined;
    }
    return n;
  };
  switch (type) {
    case 'perorder':
    case 'peritem': {
      if (raw.rate === undefined || raw.rate === null) {
        problems.add(requiredField('settings.rate'));
        return {};
      }
      const rate = number('rate', raw.rate);
      return rate === undefined ? {} : { rate };
    }
    case 'weight':
    case 'total': {
      const settings: MethodSettings = { default_cost: null, default_cost_type: 'fixed_amount', range: [] };
      if (raw.default_cost !== undefined && raw.default_cost !== null) {
        settings.default_cost = number('default_cost', raw.default_cost) ?? null;
      }
      if (raw.default_cost_type !== undefined) {
        if (raw.default_cost_type !== 'fixed_amount' && raw.default_cost_type !== 'percentage_of_total') {
          problems.add("The field 'settings.default_cost_type' must be one of percentage_of_total, fixed_amount.");
        } else settings.default_cost_type = raw.default_cost_type;
      }
      if (raw.range !== undefined) {
        if (!Array.isArray(raw.range)) problems.add("The field 'settings.range' must be an array of {lower_limit, upper_limit, shipping_cost}.");
        else settings.range = raw.range.map((range, index) => parseRange(range, index, number, problems));
      }
      return settings;
    }
    case 'freeshipping':
      return {};
    default: {
      if (!isCarrierMethodType(type)) return {};
      const options = raw.carrier_options;
      if (options === undefined || options === null) return {};
      if (typeof options !== 'object' || Array.isArray(options)) {
        problems.add("The field 'settings.carrier_options' must be an object.");
        return {};
      }
      const carrierOptions = { ...(options as Record<string, unknown>) };
      const services = carrierOptions.delivery_services;
      if (services !== undefined) {
        const known = serviceCodes(carrierForMethod(type));
        if (!Array.isArray(services) || !services.every((s) => typeof s === 'string')) {
          problems.add("The field 'settings.carrier_options.delivery_services' must be an array of strings.");
        } else {
          for (const service of services as string[]) {
            if (!known.includes(service)) {
              problems.add(`'${service}' is not a ${type} delivery service; use one of ${known.join(', ')}.`);
            }
          }
        }
      }
      return { carrier_options: carrierOptions };
    }
  }
}

function parseRange(
  raw: unknown,
  index: number,
  number: (field: string, value: unknown) => number | undefined,
  problems: Problems,
): RateRange {
  const range = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const field = (name: keyof RateRange): number => {
    if (range[name] === undefined || range[name] === null) {
      problems.add(requiredField(`settings.range[${index}].${name}`));
      return 0;
    }
    return number(`range[${index}].${name}`, range[name]) ?? 0;
  };
  const parsed = { lower_limit: field('lower_limit'), upper_limit: field('upper_limit'), shipping_cost: field('shipping_cost') };
  if (parsed.lower_limit > parsed.upper_limit) {
    problems.add(`settings.range[${index}]: lower_limit ${parsed.lower_limit} is above upper_limit ${parsed.upper_limit}.`);
  }
  return parsed;
}

function parseMethodFees(raw: unknown, problems: Problems): MethodHandlingFees | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    problems.add("The field 'handling_fees' must be an object.");
    return undefined;
  }
  const fees = raw as Record<string, unknown>;
  const fixed = fees.fixed_surcharge;
  const percentage = fees.percentage_surcharge;
  if (fixed !== undefined && percentage !== undefined) {
    problems.add("The field 'handling_fees' takes either 'fixed_surcharge' or 'percentage_surcharge', not both.");
    return undefined;
  }
  const field = fixed !== undefined ? 'fixed_surcharge' : 'percentage_surcharge';
  const value = fixed ?? percentage;
  if (value === undefined) return { fixed_surcharge: 0 };
  const n = toNumber(value);
  if ((typeof value !== 'number' && typeof value !== 'string') || Number.isNaN(n) || n < 0) {
    problems.add(`The field 'handling_fees.${field}' must be a non-negative number.`);
    return undefined;
  }
  // The method schema says number; the spec's own examples send strings, so both are read.
  return { [field]: n };
}
