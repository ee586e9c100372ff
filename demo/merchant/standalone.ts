// /merchant/: the merchant panel on its own page, with the session checkout's destinations and
// the options the store quotes them, so a change in the store shows right beside it.
import { html, nothing, render } from 'lit';
import { createCart, demoCartLines, getCarts, getCatalog } from '../api.js';
import { mountMerchantPanel, storeChangeEvent } from './panel.js';

interface Option {
  id: string;
  description: string;
  cost: number;
  transitTime: string;
  isRecommended: boolean;
}
interface Consignment {
  id: string;
  address: { city: string; countryCode: string };
  lineItemIds: string[];
  selectedShippingOption?: Option;
  availableShippingOptions?: Option[];
}

async function checkoutId(): Promise<string> {
  const [cart] = await getCarts();
  if (cart) return cart.id;
  return (await createCart(demoCartLines(await getCatalog()))).id;
}

async function showDestinations(): Promise<void> {
  const target = document.querySelector<HTMLElement>('#shopper-destinations')!;
  const id = await checkoutId();
  const response = await fetch(`/api/storefront/checkouts/${id}?include=consignments.availableShippingOptions`, { credentials: 'include' });
  const checkout = (await response.json()) as { consignments: Consignment[] };
  render(
    checkout.consignments.length === 0
      ? html`<p>No destinations yet: send the cart to one or more addresses with the widget on the <a href="../">checkout</a>.</p>`
      : html`${checkout.consignments.map(
          (c) => html`<article class="mp-zone" data-consignment=${c.id}>
            <h3>To ${c.address.city}, ${c.address.countryCode}</h3>
            <ul aria-label=${`Shipping options to ${c.address.city}`}>
              ${(c.availableShippingOptions ?? []).map(
                (o) => html`<li data-option=${o.id}>
                  ${o.description} — $${o.cost.toFixed(2)}${o.transitTime ? ` (${o.transitTime})` : ''}
                  ${c.selectedShippingOption?.id === o.id ? html`<strong>selected</strong>` : nothing}
                </li>`,
              )}
            </ul>
            ${(c.availableShippingOptions ?? []).length === 0 ? html`<p>No shipping options to this destination.</p>` : nothing}
          </article>`,
        )}`,
    target,
  );
}

mountMerchantPanel(document.querySelector<HTMLElement>('#merchant-panel')!);
document.addEventListener(storeChangeEvent, () => void showDestinations());
void showDestinations().then(() => document.body.setAttribute('data-ready', 'true'));
