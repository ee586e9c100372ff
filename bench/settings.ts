/** Emulated latency of every storefront request in the bench, in ms. */
export const LATENCY_MS = 100;
