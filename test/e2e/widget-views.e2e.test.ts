// The widget as shoppers see it, mid-split: a phone at 320 px and a desktop, light and dark, and
// Arabic right to left. No horizontal scrolling, nothing for axe; a picture of each is saved under
// test-results/screenshots/ (kept out of git).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import ar from '../../src/i18n/locales/ar.js';
import { en } from '../../src/i18n/locales/en.js';
import { axeViolations, demo, shoot, useDemo } from './widget-support.js';

useDemo();

const views = [
  { name: 'phone-light', width: 320, colorScheme: 'light', lang: 'en' },
  { name: 'phone-dark', width: 375, colorScheme: 'dark', lang: 'en' },
  { name: 'desktop-light', width: 1280, colorScheme: 'light', lang: 'en' },
  { name: 'desktop-dark', width: 1280, colorScheme: 'dark', lang: 'en' },
  { name: 'desktop-rtl', width: 1280, colorScheme: 'light', lang: 'ar' },
  { name: 'phone-rtl-dark', width: 360, colorScheme: 'dark', lang: 'ar' },
] as const;

describe('the widget mid-split', () => {
  for (const view of views) {
    it(`at ${view.width} px, ${view.colorScheme}, ${view.lang}: no horizontal scrolling and no accessibility violations`, async () => {
      const context = await demo.browser.newContext({ viewport: { width: view.width, height: 900 }, colorScheme: view.colorScheme });
      const page = await context.newPage();
      const t = view.lang === 'ar' ? ar : en;
      try {
        await page.goto(new URL(`?lang=${view.lang}`, demo.server.url).href);
        await page.waitForSelector('body[data-ready="true"]');
        await page.getByRole('radio', { name: t.modeMultiple }).check();
        const card = page.getByRole('article', { name: new RegExp(`^${t.destinationNumber.replace('{number}', '1')}:`) });
        await card.getByLabel('First Name').fill('Ada');
        await card.getByLabel('Last Name').fill('Lovelace');
        await card.getByLabel('Address Line 1').fill('500 Congress Ave');
        await card.getByLabel('Suburb/City').fill('Austin');
        await card.getByLabel('State/Province').selectOption('TX');
        await card.getByLabel('Zip/Postcode').fill('78701');
        await card.getByRole('button', { name: t.useAddress }).click();
        await card.getByRole('spinbutton').nth(1).fill('3');
        await card.getByRole('group').last().waitFor();
        await page.getByText(t.statusSaved, { exact: true }).first().waitFor({ timeout: 15_000 });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `no horizontal scrolling (${overflow} px too wide)`);
        assert.deepEqual(await axeViolations(page), []);
        await shoot(view.name, page);
      } finally {
        await context.close();
      }
    });
  }
});
