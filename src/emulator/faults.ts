// Seeded faults and store-behaviour switches. Each checkout draws from its own random stream, so
// a checkout's faults repeat exactly whatever other checkouts do at the same time. A checkout given
// its own seed draws from that seed alone (repeatable across runs, though cart ids are random
// uuids); otherwise from the emulator seed mixed with the checkout id.

export type SplitKeepsId = 'assigned' | 'remainder' | 'perUnit';

export interface FaultSettings {
  latencyMs: number;
  jitterMs: number;
  /** Share of storefront requests answered 500 (reads and writes; nothing is applied). */
  errorRate: number;
  /** Share of storefront requests that never get an answer (the client gives up). */
  timeoutRate: number;
  /** Share of writes answered 409 (nothing is applied). */
  conflictRate: number;
  /** Which side of a split line item keeps the old id. */
  splitKeepsId: SplitKeepsId;
  /** Whether a PUT of lineItems releases the items it leaves out (and lowers quantities). */
  putRemovesItems: boolean;
  /** Whether a write of address or items drops the other consignments' selected options. */
  writesDropSelections: boolean;
}

export const defaultFaults: Readonly<FaultSettings> = {
  latencyMs: 0,
  jitterMs: 0,
  errorRate: 0,
  timeoutRate: 0,
  conflictRate: 0,
  splitKeepsId: 'assigned',
  putRemovesItems: true,
  writesDropSelections: true,
};

/** mulberry32: small, fast and good enough for fault draws. */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

export type FaultKind = 'error' | 'timeout' | 'conflict';

export interface FaultDecision {
  delayMs: number;
  fault?: FaultKind;
  /** For a timeout on a write: whether the write is applied before the request hangs. */
  applied: boolean;
}

/** Checks a partial settings body; throws a readable message on the first bad field. */
export function parseFaults(body: unknown): Partial<FaultSettings> & { seed?: number } {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new Error('The body must be a JSON object of fault settings.');
  const input = body as Record<string, unknown>;
  const out: Partial<FaultSettings> & { seed?: number } = {};
  for (const [key, value] of Object.entries(input)) {
    switch (key) {
      case 'latencyMs':
      case 'jitterMs':
        if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw new Error(`${key} must be a number of milliseconds >= 0.`);
        out[key] = value;
        break;
      case 'errorRate':
      case 'timeoutRate':
      case 'conflictRate':
        if (typeof value !== 'number' || !(value >= 0 && value <= 1)) throw new Error(`${key} must be a number from 0 to 1.`);
        out[key] = value;
        break;
      case 'splitKeepsId':
        if (value !== 'assigned' && value !== 'remainder' && value !== 'perUnit') throw new Error(`splitKeepsId must be 'assigned', 'remainder' or 'perUnit'.`);
        out.splitKeepsId = value;
        break;
      case 'putRemovesItems':
      case 'writesDropSelections':
        if (typeof value !== 'boolean') throw new Error(`${key} must be true or false.`);
        out[key] = value;
        break;
      case 'seed':
        if (typeof value !== 'number' || !Number.isInteger(value)) throw new Error('seed must be an integer.');
        out.seed = value;
        break;
      default:
        throw new Error(`Unknown fault setting: ${key}.`);
    }
  }
  return out;
}

export class Faults {
  private global: FaultSettings = { ...defaultFaults };
  private readonly perCheckout = new Map<string, Partial<FaultSettings>>();
  private readonly seeds = new Map<string, number>();
  private readonly streams = new Map<string, () => number>();

  constructor(private seed: number) {}

  reset(seed = this.seed): void {
    this.seed = seed;
    this.global = { ...defaultFaults };
    this.perCheckout.clear();
    this.seeds.clear();
    this.streams.clear();
  }

  /** Merges into the global settings (or one checkout's overrides) and restarts the random streams concerned. */
  set(patch: Partial<FaultSettings> & { seed?: number }, checkoutId?: string): void {
    const { seed, ...settings } = patch;
    if (checkoutId === undefined) {
      if (seed !== undefined) this.seed = seed;
      this.global = { ...this.global, ...settings };
      this.streams.clear();
    } else {
      if (seed !== undefined) this.seeds.set(checkoutId, seed);
      this.perCheckout.set(checkoutId, { ...this.perCheckout.get(checkoutId), ...settings });
      this.streams.delete(checkoutId);
    }
  }

  /** Drops one checkout's overrides. */
  clear(checkoutId: string): void {
    this.perCheckout.delete(checkoutId);
    this.seeds.delete(checkoutId);
    this.streams.delete(checkoutId);
  }

  /** The settings in force for a checkout (its overrides over the global ones). */
  settings(checkoutId?: string): FaultSettings {
    const own = checkoutId === undefined ? undefined : this.perCheckout.get(checkoutId);
    return own ? { ...this.global, ...own } : { ...this.global };
  }

  view(checkoutId?: string): unknown {
    if (checkoutId !== undefined) {
      const seed = this.seeds.get(checkoutId) ?? this.seed;
      return { checkoutId, seed, ...this.settings(checkoutId), overrides: this.perCheckout.get(checkoutId) ?? {} };
    }
    return { seed: this.seed, ...this.global, checkouts: Object.fromEntries(this.perCheckout) };
  }

  /** Draws a fixed number of values per request, so one request's outcome never shifts the next one's. */
  decide(checkoutId: string | undefined, isWrite: boolean): FaultDecision {
    const key = checkoutId ?? '';
    let random = this.streams.get(key);
    if (!random) {
      const own = checkoutId === undefined ? undefined : this.seeds.get(checkoutId);
      random = createRandom(own ?? this.seed ^ hash(key));
      this.streams.set(key, random);
    }
    const s = this.settings(checkoutId);
    const [jitter, timeout, error, conflict, applied] = [random(), random(), random(), random(), random()];
    const delayMs = s.latencyMs + s.jitterMs * jitter;
    let fault: FaultKind | undefined;
    if (timeout < s.timeoutRate) fault = 'timeout';
    else if (error < s.errorRate) fault = 'error';
    else if (isWrite && conflict < s.conflictRate) fault = 'conflict';
    const decision: FaultDecision = { delayMs, applied: fault === 'timeout' && isWrite && applied < 0.5 };
    if (fault) decision.fault = fault;
    return decision;
  }
}
