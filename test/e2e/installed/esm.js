// As an app bundles it: the define entry from the installed package, the element made in code.
import 'split-ship/define';
import { watch } from './page.js';

const widget = document.createElement('split-ship');
widget.setAttribute('checkout-id', new URLSearchParams(location.search).get('checkout') ?? '');
document.querySelector('main').append(widget);
watch(widget);
