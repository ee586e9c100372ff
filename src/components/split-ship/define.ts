// Registers <split-ship> and the elements it renders, reaching the checkout over the Storefront
// REST API through the checkout SDK (loaded when first used) unless told to use GraphQL.
import { connectRest } from '../../gateway/rest.js';
import '../split-ship-destination/define.js';
import '../split-ship-summary/define.js';
import { SplitShip } from './split-ship.js';

SplitShip.connect ??= connectRest;
if (!customElements.get('split-ship')) customElements.define('split-ship', SplitShip);

declare global {
  interface HTMLElementTagNameMap {
    'split-ship': SplitShip;
  }
}
