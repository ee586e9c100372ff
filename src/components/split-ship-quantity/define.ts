import { SplitShipQuantity } from './split-ship-quantity.js';

if (!customElements.get('split-ship-quantity')) customElements.define('split-ship-quantity', SplitShipQuantity);

declare global {
  interface HTMLElementTagNameMap {
    'split-ship-quantity': SplitShipQuantity;
  }
}
