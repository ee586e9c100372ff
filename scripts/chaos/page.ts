// The chaos runs' REST side, in a Chromium page on the emulator's origin: the real SDK, through
// SdkGateway, exactly as a BigCommerce-hosted checkout uses it.
import { SdkGateway } from '../../src/gateway/sdk-gateway.js';
import { chaosRuns, type RunResult } from './run.js';

declare global {
  interface Window {
    splitShipChaos?: { run(seeds: readonly number[]): Promise<RunResult[]> };
  }
}

window.splitShipChaos = {
  run: (seeds) => chaosRuns(seeds, (checkoutId) => new SdkGateway({ checkoutId, requestTimeoutMs: 150 })),
};
