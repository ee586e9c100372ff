// The header's language picker: sets <html lang> and dir (the widget follows the document's
// language by itself), remembers the choice, and lets `?lang=ar` choose for one visit (screenshots,
// links). The same rules run in an inline script in index.html before the first paint.
import { rememberedChoice } from './remembered.js';

export const languages = ['en', 'es', 'de', 'ar'] as const;
export type Language = (typeof languages)[number];

const choice = rememberedChoice<Language>('lang', 'split-ship-demo:lang', languages, 'en');

/** The URL's `?lang=`, else the remembered choice, else English. */
export const initialLanguage = (): Language => choice.initial();

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
    const lang = choice.parse(select.value);
    applyLanguage(lang);
    choice.remember(lang);
    onChange(lang);
  });
}
