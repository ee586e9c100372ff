import { SplitShipShippingOptions } from './split-ship-shipping-options.js';

if (!customElements.get('split-ship-shipping-options')) customElements.define('split-ship-shipping-options', SplitShipShippingOptions);

declare global {
  interface HTMLElementTagNameMap {
    'split-ship-shipping-options': SplitShipShippingOptions;
  }
}
