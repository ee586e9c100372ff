import { SplitShipSummary } from './split-ship-summary.js';

if (!customElements.get('split-ship-summary')) customElements.define('split-ship-summary', SplitShipSummary);

declare global {
  interface HTMLElementTagNameMap {
    'split-ship-summary': SplitShipSummary;
  }
}
