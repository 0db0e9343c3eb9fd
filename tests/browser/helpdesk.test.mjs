// Browser test of the IT service desk, end to end: a staff member reports a problem with a
// screenshot (seeing knowledge-base suggestions while typing), IT takes and resolves it, the
// requester rates the fix, and the monthly report shows the rating. The requester is
// PAO_TEST_USER (finance, staff); IT is the demo account `itstaff`, whose password `pao
// demo-data` wrote to <PAO_DATA_DIR or var>/demo-credentials.txt. Screenshots: helpdesk-*.png.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';

import { baseUrl, desktop, launchBrowser, open, phone, screenshotDir, signIn } from './support.mjs';

const user = process.env.PAO_TEST_USER;
const password = process.env.PAO_TEST_PASSWORD;

function demoPassword() {
  const file = path.join(process.env.PAO_DATA_DIR || 'var', 'demo-credentials.txt');
  const line = readFileSync(file, 'utf8').split('\n').find((l) => l.startsWith('Demo sign-in:'));
  return line.split('password ')[1].split(/\s/)[0];
}

// A 1×1 PNG, as a phone's screenshot would be (only bigger).
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64');

let browser;

before(async () => {
  assert.ok(user && password, 'set PAO_TEST_USER and PAO_TEST_PASSWORD');
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

async function submit(page, button) {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), button.click()]);
}

describe('helpdesk', () => {
  test('a staff member reports with a screenshot, IT resolves, the requester rates, the report shows it',
    async () => {
      const mark = `browser-${Date.now()}`;
      const shot = path.join(tmpdir(), `${mark}.png`);
      writeFileSync(shot, png);
      const staff = await open(browser, `${baseUrl}/helpdesk/new?asset=416-66-0012`, desktop);
      const it = await open(browser, `${baseUrl}/helpdesk/queue`, desktop);
      try {
        // The requester: report, with the article suggestions shown while typing.
        const s = staff.page;
        await signIn(s, user, password);
        assert.match(s.url(), /\/helpdesk\/new\?asset=416-66-0012$/);
        assert.equal(await s.getByLabel(/เลขครุภัณฑ์/).inputValue(), '416-66-0012');
        await s.getByLabel('ปัญหาที่พบ').pressSequentially('เครื่องพิมพ์กระดาษติด', { delay: 20 });
        const suggestions = s.locator('[data-test="kb-suggestions"]');
        await suggestions.waitFor({ state: 'visible' });
        assert.match(await suggestions.innerText(), /กระดาษติด/);
        await s.screenshot({ path: path.join(screenshotDir, 'helpdesk-report-desktop.png'), fullPage: true });
        await s.getByLabel('ปัญหาที่พบ').fill(`เครื่องพิมพ์กระดาษติด ${mark}`);
        await s.getByLabel(/เร่งด่วน — ทำงานไม่ได้เลย/).check();
        await s.getByLabel(/ภาพหน้าจอ/).setInputFiles(shot);
        await submit(s, s.getByRole('button', { name: 'ส่งเรื่อง' }));
        assert.match(s.url(), /\/helpdesk\/tickets\/\d+/);
        const ticketUrl = s.url().split('?')[0];
        assert.match(await s.locator('[data-component="flash"]').innerText(), /ส่งเรื่องแล้ว/);
        assert.ok(await s.locator('img.attachment__image').isVisible(), 'the screenshot shows');

        // IT: the queue has it; take, start, resolve.
        const p = it.page;
        await signIn(p, 'itstaff', demoPassword());
        assert.match(await p.locator('[data-test="queue"]').innerText(), new RegExp(mark));
        await p.screenshot({ path: path.join(screenshotDir, 'helpdesk-queue-desktop.png') });
        await p.goto(ticketUrl, { waitUntil: 'load' });
        await submit(p, p.locator('[data-step="take"]'));
        await submit(p, p.locator('[data-step="start"]'));
        await p.getByLabel('วิธีแก้ไข').fill('เปิดฝาหลังดึงกระดาษที่ติดออก');
        await submit(p, p.locator('[data-test="resolve-form"] button'));
        assert.match(await p.locator('[data-test="status"]').innerText(), /แก้ไขแล้ว/);

        // The requester confirms with a rating.
        await s.goto(ticketUrl, { waitUntil: 'load' });
        assert.match(await s.locator('[data-test="solution"]').innerText(), /ดึงกระดาษ/);
        await s.locator('[data-test="rating-form"] label', { hasText: '5' }).click();
        await s.getByLabel('ความเห็น').fill(`รวดเร็วมาก ${mark}`);
        await submit(s, s.locator('[data-test="rating-form"] button'));
        assert.match(await s.locator('[data-test="rating"]').innerText(), /5\/5/);
        await s.screenshot({ path: path.join(screenshotDir, 'helpdesk-ticket-desktop.png'), fullPage: true });
        await s.setViewportSize(phone);
        await s.screenshot({ path: path.join(screenshotDir, 'helpdesk-ticket-phone.png'), fullPage: true });

        // The monthly report shows it.
        await p.goto(`${baseUrl}/helpdesk/reports/monthly`, { waitUntil: 'load' });
        assert.match(await p.locator('[data-test="ratings"]').innerText(), new RegExp(mark));
        await p.screenshot({ path: path.join(screenshotDir, 'helpdesk-report-month-desktop.png'), fullPage: true });
        assert.deepEqual(await staff.allProblems(), []);
        assert.deepEqual(await it.allProblems(), []);
      } finally {
        await staff.context.close();
        await it.context.close();
      }
    });
});
