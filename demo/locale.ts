// The header's language picker: sets <html lang> and dir (the widget follows the document's
// language by itself), remembers the choice, and lets `?lang=ar` choose for one visit (screenshots,
// links). The same rules run in an inline script in index.html before the first paint.

export const languages = ['en', 'es', 'de', 'ar'] as const;
export type Language = (typeof languages)[number];

const storageKey = 'split-ship-demo:lang';
const isLanguage = (value: string | null | undefined): value is Language => languages.includes(value as Language);

function stored(): string | null {
  try {
    return localStorage.getItem(storageKey);
  } catch {
    return null; // storage blocked: the choice lasts for this page only
  }
}

/** The URL's `?lang=`, else the remembered choice, else English. */
export function initialLanguage(): Language {
  const asked = new URLSearchParams(location.search).get('lang');
  if (isLanguage(asked)) return asked;
  const remembered = stored();
  return isLanguage(remembered) ? remembered : 'en';
}

export function applyLanguage(lang: Language): void {
  const root = document.documentElement;
  root.lang = lang;
  root.dir = lang === 'ar' ? 'rtl' : 'ltr';
}

/** Wires the picker; `onChange` runs after the document took the new language. */
export function mountLanguagePicker(select: HTMLSelectElement, onChange: (lang: Language) => void): void {
  const current = initialLanguage();
  applyLanguage(current);
  select.value = current;
  select.addEventListener('change', () => {
    const lang = isLanguage(select.value) ? select.value : 'en';
    applyLanguage(lang);
    try {
      localStorage.setItem(storageKey, lang);
    } catch {
      // storage blocked: the page still switches
    }
    // A `?lang=` left in the address bar would undo the choice on the next reload.
    const url = new URL(location.href);
    if (url.searchParams.has('lang')) {
      url.searchParams.delete('lang');
      history.replaceState(history.state, '', url);
    }
    onChange(lang);
  });
}
