// Browser test of the design system's example page /_components, in Debian's Chromium driven by
// playwright-core (see support.mjs): it must load without console or CSP errors, fit a 1280 px
// screen and a 360 px phone without sideways scrolling of the page, and its forms must work.
//
// Screenshots: components-desktop.png, components-phone.png, components-errors.png,
// components-flash.png.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

import { baseUrl, desktop, launchBrowser, open, phone, screenshotDir } from './support.mjs';

const markers = [
  'button', 'field-text', 'field-select', 'field-textarea', 'field-checkbox', 'field-radios',
  'date-input', 'file-upload', 'error-summary', 'sortable-table', 'pager', 'status-tag', 'flash',
  'breadcrumbs', 'empty-state', 'bar-chart', 'line-chart', 'progress-bar',
];

let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

// The widest thing on the page beyond the viewport, to name it when the page scrolls sideways.
async function overflow(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > width + 1 && !e.closest('.table-wrap'))
      .map((e) => `${e.tagName.toLowerCase()}.${e.className?.baseVal ?? e.className}`);
    return { scrollWidth: document.documentElement.scrollWidth, width, wide: wide.slice(0, 5) };
  });
}

for (const [name, viewport] of [['desktop', desktop], ['phone', phone]]) {
  describe(`/_components at ${viewport.width} px`, () => {
    test('every component, no errors, no sideways scrolling', async () => {
      const { context, page, allProblems } = await open(browser, `${baseUrl}/_components`, viewport);
      try {
        assert.equal(await page.getAttribute('html', 'lang'), 'th');
        for (const m of markers) {
          assert.ok(await page.locator(`[data-component="${m}"]`).count() > 0, `no ${m}`);
        }
        // Open the charts' tables too, so the screenshot shows them and they must fit.
        for (const d of await page.locator('details.chart__data').all()) await d.locator('summary').click();
        const o = await overflow(page);
        assert.ok(o.scrollWidth <= viewport.width,
          `the page is ${o.scrollWidth} px wide: it scrolls sideways (${o.wide.join(', ')})`);
        await page.screenshot({ path: path.join(screenshotDir, `components-${name}.png`), fullPage: true });
        assert.deepEqual(await allProblems(), []);
      } finally {
        await context.close();
      }
    });
  });
}

describe('the example form', () => {
  test('an empty form comes back with the summary focused; the date is previewed', async () => {
    const { context, page, allProblems } = await open(browser, `${baseUrl}/_components`, phone);
    try {
      await page.getByLabel('ชื่อ-นามสกุล').fill('สมชาย ใจดี');
      await Promise.all([
        page.waitForNavigation({ waitUntil: 'load' }),
        page.getByRole('button', { name: 'ส่งแบบฟอร์มตัวอย่าง' }).click(),
      ]);
      const summary = page.locator('.error-summary[role=alert]');
      assert.equal(await summary.count(), 1);
      assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-component')),
        'error-summary');
      assert.equal(await page.getByLabel('ชื่อ-นามสกุล').inputValue(), 'สมชาย ใจดี');
      // The summary's link takes the person to the field.
      await summary.getByRole('link', { name: /วันที่รับเรื่อง/ }).click();
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'received_on');
      await page.keyboard.type('25/11/2569');
      assert.equal(await page.locator('#received_on-preview').innerText(), 'วันพุธที่ 25 พฤศจิกายน 2569');
      await page.screenshot({ path: path.join(screenshotDir, 'components-errors.png'), fullPage: false });
      const o = await overflow(page);
      assert.ok(o.scrollWidth <= phone.width, `${o.scrollWidth} px: ${o.wide.join(', ')}`);
      // The page answered 400 on purpose; nothing else may have gone wrong.
      const expected = (p) => /HTTP 400: .*\/_components$/.test(p) ||
        p === 'console error: Failed to load resource: the server responded with a status of 400 (Bad Request)';
      assert.deepEqual((await allProblems()).filter((p) => !expected(p)), []);
    } finally {
      await context.close();
    }
  });

  test('a filled-in form with a file redirects with a flash message shown once', async () => {
    const { context, page, allProblems } = await open(browser, `${baseUrl}/_components`, desktop);
    try {
      await page.getByLabel('ชื่อ-นามสกุล').fill('สมชาย ใจดี');
      await page.getByLabel('กองที่รับเรื่อง').selectOption('finance');
      await page.getByLabel('อีเมล').check();
      await page.getByLabel('วันที่รับเรื่อง').fill('25/11/2569');
      await page.getByLabel('เอกสารแนบ (ถ้ามี)').setInputFiles({
        name: 'แผนที่.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n%…\n'),
      });
      await page.getByLabel('ข้าพเจ้ายืนยันว่าข้อมูลข้างต้นถูกต้อง').check();
      await Promise.all([
        page.waitForNavigation({ waitUntil: 'load' }),
        page.getByRole('button', { name: 'ส่งแบบฟอร์มตัวอย่าง' }).click(),
      ]);
      const flash = page.locator('main > .flash');
      assert.match(await flash.innerText(), /ได้รับแบบฟอร์มตัวอย่างแล้ว/);
      // pao.js took ?flash= out of the address: a reload does not show it again.
      await page.waitForFunction(() => !location.search.includes('flash='));
      await page.screenshot({ path: path.join(screenshotDir, 'components-flash.png') });
      await page.reload({ waitUntil: 'load' });
      assert.equal(await page.locator('main > .flash').count(), 0);
      assert.deepEqual(await allProblems(), []);
    } finally {
      await context.close();
    }
  });

  test('sorting and paging keep the reader at the table', async () => {
    const { context, page, allProblems } = await open(browser, `${baseUrl}/_components`, desktop);
    try {
      await Promise.all([
        page.waitForNavigation({ waitUntil: 'load' }),
        page.locator('[data-component=sortable-table] thead').getByRole('link', { name: /งบประมาณ/ }).click(),
      ]);
      assert.match(page.url(), /\?sort=budget&dir=desc#table$/);
      assert.equal(await page.locator('th[aria-sort=descending]').innerText(), 'งบประมาณ (บาท)');
      await Promise.all([
        page.waitForNavigation({ waitUntil: 'load' }),
        page.locator('[data-component=pager]').getByRole('link', { name: 'ถัดไป ›' }).click(),
      ]);
      assert.match(page.url(), /\?sort=budget&dir=desc&page=2#table$/);
      const current = await page.locator('[data-component=pager] [aria-current=page]').textContent();
      assert.equal(current.replace(/\s+/g, ' ').trim(), 'หน้า 2');
      assert.deepEqual(await allProblems(), []);
    } finally {
      await context.close();
    }
  });
});
