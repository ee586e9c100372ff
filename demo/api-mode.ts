// The header's API picker: the widget talks to the store through the checkout SDK (the REST
// Storefront API, as on a BigCommerce-hosted checkout) or through the GraphQL Storefront API (as on
// a headless storefront). Remembered like the language; `?api=graphql` chooses for one visit.
import { rememberedChoice } from './remembered.js';

export const apis = ['rest', 'graphql'] as const;
export type Api = (typeof apis)[number];

const choice = rememberedChoice<Api>('api', 'split-ship-demo:api', apis, 'rest');

/** Wires the picker and answers the API to start with; `onChange` runs with a new choice (the page remounts the widget). */
export function mountApiPicker(select: HTMLSelectElement, onChange: (api: Api) => void): Api {
  const current = choice.initial();
  select.value = current;
  select.addEventListener('change', () => {
    const api = choice.parse(select.value);
    choice.remember(api);
    onChange(api);
  });
  return current;
}
