// Beside dist/split-ship.js in a plain <script type="module" integrity=…>: the element is in the
// page's markup; this only gives it the cart and reports its events.
import { watch } from './page.js';

const widget = document.querySelector('split-ship');
widget.setAttribute('checkout-id', new URLSearchParams(location.search).get('checkout') ?? '');
watch(widget);
