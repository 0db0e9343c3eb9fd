// Browser test of the notifications page reached from the header's bell: sign in, follow the
// bell, turn e-mail notifications off and on again. Needs PAO_TEST_USER / PAO_TEST_PASSWORD (see
// sign_in.test.mjs). Screenshots: notifications-desktop.png, notifications-phone.png.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

import { baseUrl, desktop, launchBrowser, open, phone, screenshotDir, signIn } from './support.mjs';

const user = process.env.PAO_TEST_USER;
const password = process.env.PAO_TEST_PASSWORD;

let browser;

before(async () => {
  assert.ok(user && password, 'set PAO_TEST_USER and PAO_TEST_PASSWORD');
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

async function saveChannels(page) {
  await Promise.all([
    page.waitForNavigation({ waitUntil: 'load' }),
    page.getByRole('button', { name: 'บันทึก' }).click(),
  ]);
}

describe('notifications', () => {
  test('the bell opens my notifications, where I choose how I am told', async () => {
    const { context, page, allProblems } = await open(browser, `${baseUrl}/account`, desktop);
    try {
      await signIn(page, user, password);
      await Promise.all([
        page.waitForNavigation({ waitUntil: 'load' }),
        page.locator('a.site-header__bell').click(),
      ]);
      assert.match(page.url(), /\/notifications$/);
      assert.equal(await page.locator('h1').innerText(), 'การแจ้งเตือน');
      const email = page.getByLabel('แจ้งเตือนทางอีเมล');
      await email.uncheck();
      await saveChannels(page);
      assert.match(await page.locator('[data-component="flash"]').innerText(),
        /บันทึกช่องทางรับการแจ้งเตือนแล้ว/);
      assert.equal(await page.getByLabel('แจ้งเตือนทางอีเมล').isChecked(), false);
      assert.equal(await page.getByLabel(/แจ้งเตือนในระบบ/).isChecked(), true);
      await page.screenshot({ path: path.join(screenshotDir, 'notifications-desktop.png'),
        fullPage: true });
      await page.setViewportSize(phone);
      await page.screenshot({ path: path.join(screenshotDir, 'notifications-phone.png'),
        fullPage: true });
      // And back on, so the account is as it was.
      await page.getByLabel('แจ้งเตือนทางอีเมล').check();
      await saveChannels(page);
      assert.equal(await page.getByLabel('แจ้งเตือนทางอีเมล').isChecked(), true);
      assert.deepEqual(await allProblems(), []);
    } finally {
      await context.close();
    }
  });
});
