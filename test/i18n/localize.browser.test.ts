// LocalizeController in a real element: where each element finds its locale, that elements never
// share one, and that a built-in table loads on demand.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement, type TemplateResult } from 'lit';
import { isLocaleLoaded, LocalizeController, registerTranslation, resolveLocale } from '../../src/i18n/index.js';

class I18nProbe extends LitElement {
  static override properties = { locale: {} };
  declare locale?: string;
  readonly i18n = new LocalizeController(this, { locale: () => this.locale });

  override render(): TemplateResult {
    if (!this.i18n.ready) return html`<p>…</p>`;
    return html`<p>${this.i18n.term('retry')}</p>`;
  }
}
customElements.define('i18n-probe', I18nProbe);

const text = (el: I18nProbe) => el.shadowRoot!.querySelector('p')!.textContent;

async function settled(el: I18nProbe): Promise<I18nProbe> {
  await el.i18n.whenReady();
  await el.updateComplete;
  return el;
}

describe('LocalizeController', () => {
  const pageLang = document.documentElement.lang;
  afterEach(() => {
    document.documentElement.lang = pageLang;
  });

  // First: no earlier test may have loaded Arabic.
  it('loads a built-in table on demand: not ready until it arrives, then Arabic, right to left', async () => {
    expect(isLocaleLoaded('ar'), 'no test before this one uses Arabic').to.equal(false);
    const el = document.createElement('i18n-probe') as I18nProbe;
    el.locale = 'ar';
    document.body.append(el);
    try {
      expect(el.i18n.lang).to.equal('ar');
      expect(el.i18n.ready).to.equal(false);
      await waitUntil(() => el.i18n.ready, 'the Arabic table loads');
      await waitUntil(() => text(el) === 'إعادة المحاولة', 'the element re-renders in Arabic');
      expect(el.i18n.dir).to.equal('rtl');
      expect(el.i18n.term('itemsLeft', { count: 3 })).to.equal('بقيت 3 منتجات للتوزيع');
      expect(el.i18n.term('itemsLeft', { count: 2 })).to.equal('بقي منتجان للتوزيع');
    } finally {
      el.remove();
    }
  });

  it('shares one MutationObserver on <html lang> among connected elements; the last one to leave disconnects it', async () => {
    const observers = new Set<MutationObserver>();
    let disconnects = 0;
    const { observe, disconnect } = MutationObserver.prototype;
    MutationObserver.prototype.observe = function (target, options) {
      if (target === document.documentElement && options?.attributeFilter?.includes('lang')) observers.add(this);
      observe.call(this, target, options);
    };
    MutationObserver.prototype.disconnect = function () {
      if (observers.has(this)) disconnects++;
      disconnect.call(this);
    };
    try {
      const page = await fixture<HTMLElement>(html`<div><i18n-probe></i18n-probe><i18n-probe></i18n-probe><i18n-probe></i18n-probe></div>`);
      expect(observers.size, 'one observer for three elements').to.equal(1);
      page.firstElementChild!.remove();
      expect(disconnects, 'still watching for the other two').to.equal(0);
      page.remove();
      expect(disconnects).to.equal(1);
    } finally {
      Object.assign(MutationObserver.prototype, { observe, disconnect });
    }
  });

  it('takes the locale option first, then its own lang', async () => {
    const el = await settled(await fixture<I18nProbe>(html`<i18n-probe lang="es" .locale=${'de-CH'}></i18n-probe>`));
    expect([el.i18n.lang, el.i18n.locale, el.i18n.dir]).to.deep.equal(['de', 'de-CH', 'ltr']);
    expect(text(el)).to.equal('Erneut versuchen');
    expect(el.i18n.number(1234.5)).to.equal(new Intl.NumberFormat('de-CH').format(1234.5));
    el.locale = undefined;
    await settled(el);
    expect(text(el)).to.equal('Volver a intentarlo');
  });

  it("inherits the nearest ancestor's lang across a shadow root", async () => {
    const outer = await fixture<HTMLElement>(html`<div lang="fr-CA"><section lang="es-MX"><div></div></section></div>`);
    const shadow = outer.querySelector('section > div')!.attachShadow({ mode: 'open' });
    const el = document.createElement('i18n-probe') as I18nProbe;
    shadow.append(el);
    await settled(el);
    expect([el.i18n.lang, el.i18n.locale]).to.deep.equal(['es', 'es-MX']);
    expect(text(el)).to.equal('Volver a intentarlo');
  });

  it('follows document.documentElement.lang, and re-renders when it changes', async () => {
    document.documentElement.lang = 'de';
    const el = await settled(await fixture<I18nProbe>(html`<i18n-probe></i18n-probe>`));
    expect(text(el)).to.equal('Erneut versuchen');
    document.documentElement.lang = 'es';
    await waitUntil(() => text(el) === 'Volver a intentarlo', 'the element follows <html lang>');
  });

  it('falls back to English for a language it has no table for', async () => {
    document.documentElement.lang = 'xx';
    const el = await settled(await fixture<I18nProbe>(html`<i18n-probe locale="sv-SE"></i18n-probe>`));
    // Unless the browser itself prefers a language with a table, nothing matches.
    if (!navigator.languages.some((tag) => /^(es|de|ar)\b/i.test(tag))) expect(el.i18n.lang).to.equal('en');
  });

  it('renders two elements on one page in their own locales', async () => {
    const page = await fixture<HTMLElement>(html`<div><i18n-probe locale="de"></i18n-probe><i18n-probe lang="es"></i18n-probe></div>`);
    const [german, spanish] = [...page.querySelectorAll<I18nProbe>('i18n-probe')] as [I18nProbe, I18nProbe];
    await Promise.all([settled(german), settled(spanish)]);
    expect([text(german), text(spanish)]).to.deep.equal(['Erneut versuchen', 'Volver a intentarlo']);
    expect(german.i18n.term('itemsLeft', { count: 1000 })).to.equal('Noch 1.000 Artikel zu verteilen');
    expect(spanish.i18n.term('itemsLeft', { count: 1_000_000 })).to.equal('Quedan 1.000.000 de artículos por asignar');
    // An argument inside a plural case.
    expect(german.i18n.term('confirmText', { count: 2, name: 'Anna' })).to.equal('Alles wird an Anna gesendet, und die anderen 2 Lieferziele werden entfernt.');
  });

  it('a registered language is used, English filling the keys it leaves out', async () => {
    const el = await settled(await fixture<I18nProbe>(html`<i18n-probe locale="fr_FR"></i18n-probe>`));
    registerTranslation('fr', { retry: 'Réessayer' });
    // Registering refreshes connected elements.
    await waitUntil(() => text(el) === 'Réessayer', 'the element picks up French');
    expect(el.i18n.lang).to.equal('fr');
    expect(el.i18n.term('statusSaved')).to.equal('Saved');
    expect(el.i18n.money(1234.5, 'EUR')).to.equal(new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(1234.5));
    expect(el.i18n.list(['A', 'B', 'C'])).to.equal('A, B et C');
  });

  it('resolveLocale matches tags case-insensitively, with underscores, falling back to the parent language', () => {
    expect(resolveLocale(['es-MX'])).to.equal('es');
    expect(resolveLocale(['ES_mx'])).to.equal('es');
    expect(resolveLocale(['pt_BR', 'not a tag!', 'de-AT'])).to.equal('de');
    registerTranslation('pt_BR', { retry: 'Tentar novamente' });
    expect(resolveLocale(['pt-br'])).to.equal('pt-br');
    expect(resolveLocale(['pt-PT', 'xx'])).to.equal('en');
  });

  it('a registered right-to-left language gets dir rtl', async () => {
    registerTranslation('he', { retry: 'לנסות שוב' });
    const el = await settled(await fixture<I18nProbe>(html`<i18n-probe locale="he-IL"></i18n-probe>`));
    expect([el.i18n.lang, el.i18n.dir, text(el)]).to.deep.equal(['he', 'rtl', 'לנסות שוב']);
  });

  it('a registered table extends a built-in one; its own keys win', async () => {
    registerTranslation('de', { statusSaved: 'Erledigt' });
    const el = await settled(await fixture<I18nProbe>(html`<i18n-probe locale="de-AT"></i18n-probe>`));
    expect([el.i18n.term('statusSaved'), el.i18n.term('statusSaving')]).to.deep.equal(['Erledigt', 'Wird gespeichert…']);
  });
});
