// Browser test of the public home page, in Debian's Chromium driven by playwright-core.
//
//   PAO_TEST_URL=http://127.0.0.1:8080 node --test tests/browser/
//
// PAO_TEST_URL (required): the base URL of a running `pao serve` that has the demo data.
// PAO_SCREENSHOT_DIR (default build/screenshots under the repo root): where the full-page
// screenshots home-desktop.png (1280 px wide) and home-phone.png (360 px) are written.

import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

import { baseUrl, desktop, launchBrowser, open as openPage, phone, screenshotDir } from './support.mjs';

const paoName = 'องค์การบริหารส่วนจังหวัดลำพูน';

let browser;
const open = (url, viewport) => openPage(browser, url, viewport);

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

describe('home page', () => {
  test('Thai page with the PAO, its strategies and divisions, in Sarabun (1280 px)', async () => {
    const { context, page, allProblems } = await open(`${baseUrl}/`, desktop);
    try {
      assert.equal(await page.getAttribute('html', 'lang'), 'th');
      assert.match(await page.locator('h1').first().innerText(), new RegExp(paoName));

      const divisions = await page.locator('[data-test=division]').count();
      const strategies = await page.locator('[data-test=strategy]').count();
      assert.ok(divisions >= 10, `expected at least 10 divisions, found ${divisions}`);
      assert.ok(strategies >= 4, `expected at least 4 strategies, found ${strategies}`);

      // Sarabun must be a loaded web font (document.fonts.check() alone also says true for a
      // family that has no @font-face at all), the h1 must ask for it, and Chromium must have
      // drawn the h1's Thai glyphs with it rather than with a fallback.
      const fonts = await page.evaluate(() => ({
        check: document.fonts.check('16px Sarabun'),
        loaded: [...document.fonts]
          .filter((f) => f.family.replace(/["']/g, '') === 'Sarabun' && f.status === 'loaded')
          .length,
        h1Family: getComputedStyle(document.querySelector('h1')).fontFamily,
      }));
      assert.ok(fonts.check, 'document.fonts.check("16px Sarabun") is false');
      assert.ok(fonts.loaded > 0, 'no Sarabun @font-face has loaded');
      assert.match(fonts.h1Family, /Sarabun/, 'the h1 does not use Sarabun');
      const used = await renderedFonts(page, 'h1');
      assert.ok(used.some((f) => f.familyName === 'Sarabun'),
        `the h1 was drawn with ${used.map((f) => f.familyName).join(', ')}, not Sarabun`);

      await page.screenshot({ path: path.join(screenshotDir, 'home-desktop.png'), fullPage: true });
      assert.deepEqual(await allProblems(), []);
    } finally {
      await context.close();
    }
  });

  test('fits a 360 px phone', async () => {
    const { context, page, allProblems } = await open(`${baseUrl}/`, phone);
    try {
      await page.screenshot({ path: path.join(screenshotDir, 'home-phone.png'), fullPage: true });
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= phone.width, `the page is ${width} px wide: it scrolls sideways`);
      assert.deepEqual(await allProblems(), []);
    } finally {
      await context.close();
    }
  });

  test('the English switch leads to an English page', async () => {
    const { context, page, allProblems } = await open(`${baseUrl}/`, desktop);
    try {
      const english = page.locator('a[hreflang=en]').first();
      assert.equal(await english.count(), 1, 'no a[hreflang=en] link on the home page');
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), english.click()]);
      assert.equal(await page.getAttribute('html', 'lang'), 'en');
      assert.deepEqual(await allProblems(), []);
    } finally {
      await context.close();
    }
  });
});

// The fonts Chromium actually used to draw the text of the first `selector` (DevTools protocol).
async function renderedFonts(page, selector) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    return fonts;
  } finally {
    await cdp.detach();
  }
}
