// Shared set-up of the browser tests: Debian's Chromium driven by playwright-core, a page opener
// that records everything that went wrong, and the environment the runner sets.
//
// playwright-core is an npm dependency of web/ (scripts/install-deps runs `npm ci` there), not of
// the repo root, so it is loaded through a require() rooted at web/package.json: this works from
// any working directory and needs no NODE_PATH. It drives /usr/bin/chromium (Debian's package);
// Playwright's own browser downloads are never used.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const { chromium } = createRequire(path.join(repoRoot, 'web', 'package.json'))('playwright-core');

export const baseUrl = process.env.PAO_TEST_URL?.replace(/\/+$/, '');
export const screenshotDir = path.resolve(
  process.env.PAO_SCREENSHOT_DIR || path.join(repoRoot, 'build', 'screenshots'));
export const desktop = { width: 1280, height: 800 };
export const phone = { width: 360, height: 740 };

// A fresh browser (launch() gives it a temporary profile, removed on close()).
export async function launchBrowser() {
  assert.ok(baseUrl, 'set PAO_TEST_URL to the base URL of a running `pao serve`');
  mkdirSync(screenshotDir, { recursive: true });
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--no-first-run', '--disable-quic', '--disable-sync',
    ],
  });
}

// Opens `url` in a new context of the given viewport and records everything that went wrong:
// console errors (Chromium reports CSP violations there too), uncaught exceptions, failed or
// 4xx/5xx requests (except those listed in `expectedStatuses` by URL suffix), and
// `securitypolicyviolation` events.
export async function open(browser, url, viewport, { expectStatus = 200 } = {}) {
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
  assert.equal(response?.status(), expectStatus, `GET ${url}`);
  await page.evaluate(() => document.fonts.ready);

  const allProblems = async () => [
    ...problems,
    ...(await page.evaluate(() => window.__cspViolations)).map((v) => `CSP: ${v}`),
  ];
  return { context, page, allProblems };
}

// Fills the sign-in form the page shows (the /login page, or where a staff page sent an
// anonymous visitor) and waits for the page it leads to.
export async function signIn(page, name, secret) {
  await page.getByLabel(/ชื่อผู้ใช้|Username/).fill(name);
  await page.getByLabel(/^(รหัสผ่าน|Password)$/).fill(secret);
  await Promise.all([
    page.waitForNavigation({ waitUntil: 'load' }),
    page.getByRole('button', { name: /เข้าสู่ระบบ|Sign in/ }).click(),
  ]);
}

// Presses the button named exactly `name` and waits for the page it leads to.
export async function press(page, name) {
  await Promise.all([
    page.waitForNavigation({ waitUntil: 'load' }),
    page.getByRole('button', { name, exact: true }).click(),
  ]);
}
