// The REST gateway (the checkout SDK), loaded when a widget first connects over REST: a headless
// page that talks GraphQL never downloads the SDK, and the single REST file inlines it.
import { deferredGateway } from './deferred-gateway.js';
import type { Connect } from './gateway.js';

export const connectRest: Connect = (options) => deferredGateway(() => import('./sdk-gateway.js').then((m) => m.connectSdk(options)), 'REST');
