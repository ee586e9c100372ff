import '../split-ship-address-form/define.js';
import '../split-ship-quantity/define.js';
import '../split-ship-shipping-options/define.js';
import { SplitShipDestination } from './split-ship-destination.js';

if (!customElements.get('split-ship-destination')) customElements.define('split-ship-destination', SplitShipDestination);

declare global {
  interface HTMLElementTagNameMap {
    'split-ship-destination': SplitShipDestination;
  }
}
