// Browser test of the public home page, in Debian's Chromium driven by playwright-core.
//
//   PAO_TEST_URL=http://127.0.0.1:8080 node --test tests/browser/
//
// PAO_TEST_URL (required): the base URL of a running `pao serve` that has the demo data.
// PAO_SCREENSHOT_DIR (default build/screenshots under the repo root): where the full-page
// screenshots home-desktop.png (1280 px wide) and home-phone.png (360 px) are written.
//
// playwright-core is an npm dependency of web/ (scripts/install-deps runs `npm ci` there), not of
// the repo root, so it is loaded through a require() rooted at web/package.json: this works from
// any working directory and needs no NODE_PATH. It drives /usr/bin/chromium (Debian's package);
// Playwright's own browser downloads are never used.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const { chromium } = createRequire(path.join(repoRoot, 'web', 'package.json'))('playwright-core');

const baseUrl = process.env.PAO_TEST_URL?.replace(/\/+$/, '');
const screenshotDir = path.resolve(
  process.env.PAO_SCREENSHOT_DIR || path.join(repoRoot, 'build', 'screenshots'));
const paoName = 'องค์การบริหารส่วนจังหวัดลำพูน';
const desktop = { width: 1280, height: 800 };
const phone = { width: 360, height: 740 };

let browser;

before(async () => {
  assert.ok(baseUrl, 'set PAO_TEST_URL to the base URL of a running `pao serve`');
  mkdirSync(screenshotDir, { recursive: true });
  // launch() gives every run a fresh temporary profile (user-data-dir), removed on close().
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--no-first-run', '--disable-quic', '--disable-sync',
    ],
  });
});

after(async () => {
  await browser?.close();
});

// Opens `url` in a new context of the given viewport and records everything that went wrong:
// console errors (Chromium reports CSP violations there too), uncaught exceptions, failed or
// 4xx/5xx requests, and `securitypolicyviolation` events.
async function open(url, viewport) {
  const context = await browser.newContext({ viewport, locale: 'th-TH' });
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`);
    });
  });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.on('requestfailed', (r) => {
    // A navigation cancels what the old page still had in flight: not the page's fault.
    const why = r.failure()?.errorText ?? '';
    if (why !== 'net::ERR_ABORTED') problems.push(`failed: ${r.url()} ${why}`);
  });
  page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));

  const response = await page.goto(url, { waitUntil: 'load' });
  assert.equal(response?.status(), 200, `GET ${url}`);
  await page.evaluate(() => document.fonts.ready);

  const allProblems = async () => [
    ...problems,
    ...(await page.evaluate(() => window.__cspViolations)).map((v) => `CSP: ${v}`),
  ];
  return { context, page, allProblems };
}

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
