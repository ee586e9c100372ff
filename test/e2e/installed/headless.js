// Beside dist/split-ship-headless.js: the widget over the GraphQL Storefront API, given the
// endpoint, the storefront token and the cart id as a headless storefront holds them.
import { watch } from './page.js';

const query = new URLSearchParams(location.search);
const widget = document.querySelector('split-ship');
widget.setAttribute('graphql-endpoint', query.get('endpoint') ?? '');
widget.setAttribute('storefront-token', query.get('token') ?? '');
widget.setAttribute('checkout-id', query.get('checkout') ?? '');
watch(widget);
