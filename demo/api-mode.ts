// The header's API picker: the widget talks to the store through the checkout SDK (the REST
// Storefront API, as on a BigCommerce-hosted checkout) or through the GraphQL Storefront API (as on
// a headless storefront). Remembered like the language; `?api=graphql` chooses for one visit.

export const apis = ['rest', 'graphql'] as const;
export type Api = (typeof apis)[number];

const storageKey = 'split-ship-demo:api';
const isApi = (value: string | null | undefined): value is Api => apis.includes(value as Api);

function stored(): string | null {
  try {
    return localStorage.getItem(storageKey);
  } catch {
    return null; // storage blocked: the choice lasts for this page only
  }
}

/** The URL's `?api=`, else the remembered choice, else REST. */
export function initialApi(): Api {
  const asked = new URLSearchParams(location.search).get('api');
  if (isApi(asked)) return asked;
  const remembered = stored();
  return isApi(remembered) ? remembered : 'rest';
}

/** Wires the picker; `onChange` runs with the new choice (the page remounts the widget). */
export function mountApiPicker(select: HTMLSelectElement, onChange: (api: Api) => void): Api {
  const current = initialApi();
  select.value = current;
  select.addEventListener('change', () => {
    const api = isApi(select.value) ? select.value : 'rest';
    try {
      localStorage.setItem(storageKey, api);
    } catch {
      // storage blocked: the page still switches
    }
    // An `?api=` left in the address bar would undo the choice on the next reload.
    const url = new URL(location.href);
    if (url.searchParams.has('api')) {
      url.searchParams.delete('api');
      history.replaceState(history.state, '', url);
    }
    onChange(api);
  });
  return current;
}
