// Browser test of signing in and out, in Debian's Chromium driven by playwright-core.
//
// Besides PAO_TEST_URL (see home.test.mjs) it needs PAO_TEST_USER and PAO_TEST_PASSWORD: an
// account scripts/run-browser-tests creates with `pao user add`, and PAO_TEST_NAME, its full name.
// Screenshots: sign-in-error.png, account-desktop.png, account-phone.png.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

import { baseUrl, desktop, launchBrowser, open, phone, screenshotDir, signIn } from './support.mjs';

const user = process.env.PAO_TEST_USER;
const password = process.env.PAO_TEST_PASSWORD;
const fullName = process.env.PAO_TEST_NAME;

let browser;

before(async () => {
  assert.ok(user && password && fullName, 'set PAO_TEST_USER, PAO_TEST_PASSWORD and PAO_TEST_NAME');
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

describe('signing in', () => {
  test('a wrong password shows the error summary, focused, and keeps the username', async () => {
    const { context, page } = await open(browser, `${baseUrl}/login`, desktop);
    try {
      await signIn(page, user, 'not-the-password');
      const summary = page.locator('.error-summary');
      assert.equal(await summary.count(), 1);
      assert.match(await summary.innerText(), /ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง/);
      assert.equal(await page.evaluate(() => document.activeElement?.className), 'error-summary');
      assert.equal(await page.getByLabel(/ชื่อผู้ใช้/).inputValue(), user);
      await page.screenshot({ path: path.join(screenshotDir, 'sign-in-error.png'), fullPage: true });
    } finally {
      await context.close();
    }
  });

  test('sign in from a staff link, see your name, sign out', async () => {
    // A staff page sends an anonymous visitor to sign in, then back.
    const { context, page, allProblems } = await open(browser, `${baseUrl}/account`, desktop);
    try {
      assert.match(page.url(), /\/login\?next=%2Faccount$/);
      await signIn(page, user, password);
      assert.match(page.url(), /\/account$/);
      assert.equal(await page.locator('.site-header__user').innerText(), fullName);
      assert.match(await page.locator('h1').innerText(), /บัญชีของฉัน/);
      await page.screenshot({ path: path.join(screenshotDir, 'account-desktop.png'), fullPage: true });

      await Promise.all([
        page.waitForNavigation({ waitUntil: 'load' }),
        page.getByRole('button', { name: /ออกจากระบบ$|Sign out$/ }).first().click(),
      ]);
      assert.equal(new URL(page.url()).pathname, '/');
      assert.equal(await page.locator('.site-header__user').count(), 0);
      assert.equal(await page.locator('.site-header__signin').count(), 1);
      // The session is gone on the server too: the account page asks to sign in again.
      await page.goto(`${baseUrl}/account`, { waitUntil: 'load' });
      assert.match(page.url(), /\/login\?next=/);
      assert.deepEqual(await allProblems(), []);
    } finally {
      await context.close();
    }
  });

  test('the account page fits a 360 px phone', async () => {
    const { context, page, allProblems } = await open(browser, `${baseUrl}/login`, phone);
    try {
      await signIn(page, user, password);
      await page.goto(`${baseUrl}/account`, { waitUntil: 'load' });
      await page.screenshot({ path: path.join(screenshotDir, 'account-phone.png'), fullPage: true });
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= phone.width, `the page is ${width} px wide: it scrolls sideways`);
      assert.deepEqual(await allProblems(), []);
    } finally {
      await context.close();
    }
  });
});
