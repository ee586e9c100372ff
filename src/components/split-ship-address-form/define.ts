import { SplitShipAddressForm } from './split-ship-address-form.js';

if (!customElements.get('split-ship-address-form')) customElements.define('split-ship-address-form', SplitShipAddressForm);

declare global {
  interface HTMLElementTagNameMap {
    'split-ship-address-form': SplitShipAddressForm;
  }
}
