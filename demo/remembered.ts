// A choice the demo remembers (localStorage) and a link can make for one visit (`?name=value`):
// the language picker's and the API picker's rules.

export interface RememberedChoice<T extends string> {
  /** The URL's `?param=`, else the remembered choice, else the fallback. */
  initial(): T;
  /** Remembers `value` and drops a `?param=` from the address, which would undo it on reload. */
  remember(value: T): void;
  /** `value` if it is one of the choices, else the fallback. */
  parse(value: string | null | undefined): T;
}

export function rememberedChoice<T extends string>(param: string, storageKey: string, values: readonly T[], fallback: T): RememberedChoice<T> {
  const is = (value: string | null | undefined): value is T => values.includes(value as T);
  const stored = (): string | null => {
    try {
      return localStorage.getItem(storageKey);
    } catch {
      return null; // storage blocked: the choice lasts for this page only
    }
  };
  return {
    initial() {
      const asked = new URLSearchParams(location.search).get(param);
      if (is(asked)) return asked;
      const remembered = stored();
      return is(remembered) ? remembered : fallback;
    },
    remember(value) {
      try {
        localStorage.setItem(storageKey, value);
      } catch {
        // storage blocked: the page still switches
      }
      const url = new URL(location.href);
      if (url.searchParams.has(param)) {
        url.searchParams.delete(param);
        history.replaceState(history.state, '', url);
      }
    },
    parse: (value) => (is(value) ? value : fallback),
  };
}
