// split-ship's public API: the element classes (importing them registers nothing; see
// `split-ship/define`), the public events, and the localization hook.
export { SplitShip, type CheckoutServiceLike } from './components/split-ship/split-ship.js';
export { SplitShipDestination } from './components/split-ship-destination/split-ship-destination.js';
export { SplitShipAddressForm } from './components/split-ship-address-form/split-ship-address-form.js';
export { SplitShipQuantity } from './components/split-ship-quantity/split-ship-quantity.js';
export { SplitShipShippingOptions } from './components/split-ship-shipping-options/split-ship-shipping-options.js';
export { SplitShipSummary } from './components/split-ship-summary/split-ship-summary.js';
export * from './events/index.js';
export { registerTranslation } from './i18n/index.js';
export type { Connect, ConnectOptions, CheckoutGateway } from './gateway/gateway.js';
