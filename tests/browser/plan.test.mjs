// Browser test of the plan's follow-up: the planner opens this quarter's round, an owner of
// กองการศึกษาฯ files a quarterly report with a photo on the form, the executive's dashboard
// (and its CSV) reflects it, the round's XLSX opens in python3-openpyxl with the figures, and the PDF's text
// (pdftotext) carries the Thai project names. Uses the demo accounts (`pao demo-data`; their
// password is read from PAO_DATA_DIR/demo-credentials.txt). Screenshots: plan-*.png.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { baseUrl, desktop, launchBrowser, open, screenshotDir } from './support.mjs';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const dataDir = path.resolve(repoRoot, process.env.PAO_DATA_DIR || 'var');

function demoPassword() {
  const text = readFileSync(path.join(dataDir, 'demo-credentials.txt'), 'utf8');
  const line = text.split('\n').find((l) => l.startsWith('Demo sign-in:'));
  assert.ok(line, 'demo-credentials.txt has the demo sign-in line');
  return line.split('password ').pop().split(/\s/)[0];
}

// The Bangkok date's B.E. fiscal year and quarter (FY 2570 runs from 1 October 2026).
function thisQuarter() {
  const now = new Date(Date.now() + 7 * 3600 * 1000);
  const month = now.getUTCMonth() + 1;
  const ce = now.getUTCFullYear();
  const fiscalYear = (month >= 10 ? ce + 1 : ce) + 543;
  const quarter = month >= 10 ? 1 : Math.floor((month - 1) / 3) + 2;
  return { fiscalYear, quarter };
}

// A 1×1 PNG, as a photo from the site.
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64');

let browser;
let password;
const { fiscalYear, quarter } = thisQuarter();

before(async () => {
  password = demoPassword();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

async function signIn(page, username) {
  await page.goto(`${baseUrl}/login`, { waitUntil: 'load' });
  await page.getByLabel(/ชื่อผู้ใช้|Username/).fill(username);
  await page.getByLabel(/^(รหัสผ่าน|Password)$/).fill(password);
  await Promise.all([
    page.waitForNavigation({ waitUntil: 'load' }),
    page.getByRole('button', { name: /เข้าสู่ระบบ|Sign in/ }).click(),
  ]);
}

// This quarter's round, opened by the planner on the rounds page (or found, on a second run).
async function openRound() {
  const { context, page } = await open(browser, `${baseUrl}/plan`, desktop);
  try {
    await signIn(page, 'planner');
    await page.goto(`${baseUrl}/plan/rounds`, { waitUntil: 'load' });
    const label = `ไตรมาส ${quarter}/${fiscalYear}`;
    const existing = page.locator('[data-test="round"]', { hasText: label });
    if (await existing.count() === 0) {
      await page.getByLabel('ปีงบประมาณ').fill(String(fiscalYear));
      await page.getByLabel('รายไตรมาส').check();
      await page.getByLabel('ไตรมาสหรือเดือนที่').fill(String(quarter));
      await page.getByLabel('กำหนดส่ง').fill(`28/12/${fiscalYear + 1}`);
      await Promise.all([
        page.waitForNavigation({ waitUntil: 'load' }),
        page.getByRole('button', { name: 'เปิดรอบรายงาน' }).click(),
      ]);
      assert.match(await page.locator('[data-component="flash"]').innerText(), /เปิดรอบรายงานแล้ว/);
      return Number(page.url().match(/\/plan\/rounds\/(\d+)/)[1]);
    }
    return Number(await existing.first().getAttribute('data-id'));
  } finally {
    await context.close();
  }
}

describe('plan follow-up', () => {
  test('an owner reports with a photo; the dashboard, XLSX and PDF show it', async () => {
    const round = await openRound();

    // The owner files on the form, with a photo.
    const owner = await open(browser, `${baseUrl}/plan`, desktop);
    try {
      await signIn(owner.page, 'educlerk');
      await owner.page.goto(`${baseUrl}/plan/rounds/${round}`, { waitUntil: 'load' });
      await Promise.all([
        owner.page.waitForNavigation({ waitUntil: 'load' }),
        owner.page.getByRole('link', { name: 'รายงานความก้าวหน้า 3.1' }).click(),
      ]);
      await owner.page.getByLabel('ความก้าวหน้าสะสม (%)').fill('45');
      await owner.page.getByLabel('เบิกจ่ายในรอบ (บาท)').fill('12,500.50');
      await owner.page.getByLabel('กิจกรรมที่ดำเนินการ').fill('อบรมครูด้านเทคโนโลยีสารสนเทศ 3 รุ่น');
      await owner.page.getByLabel('ปัญหาอุปสรรค').fill('ห้องปฏิบัติการไม่พอ');
      await owner.page.getByLabel('เอกสารแนบหรือรูปภาพ').setInputFiles(
        { name: 'อบรม.png', mimeType: 'image/png', buffer: png });
      await owner.page.screenshot({ path: path.join(screenshotDir, 'plan-report-form.png'),
        fullPage: true });
      await Promise.all([
        owner.page.waitForNavigation({ waitUntil: 'load' }),
        owner.page.getByRole('button', { name: 'ส่งรายงาน' }).click(),
      ]);
      assert.match(await owner.page.locator('[data-component="flash"]').innerText(),
        /บันทึกรายงานความก้าวหน้าแล้ว/);
      assert.ok(await owner.page.locator('[data-test="attachment"]', { hasText: 'อบรม' }).count() > 0,
        'the photo is listed with the report');
      assert.deepEqual(await owner.allProblems(), []);
    } finally {
      await owner.context.close();
    }

    // The executive's dashboard reflects it; the round's exports carry the figures.
    const exec = await open(browser, `${baseUrl}/plan`, desktop);
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'pao-plan-'));
    try {
      await signIn(exec.page, 'executive');
      await exec.page.goto(`${baseUrl}/plan/dashboard?fiscal_year=${fiscalYear}`,
        { waitUntil: 'load' });
      assert.match(await exec.page.locator('#budget-spend').innerText(), /การพัฒนาทักษะด้านดิจิทัล/);
      assert.equal(await exec.page.locator('h1').innerText(), 'แดชบอร์ดผู้บริหาร: ติดตามแผนดิจิทัล');
      const csv = await (await exec.page.request.get(
        `${baseUrl}/plan/dashboard.csv?fiscal_year=${fiscalYear}`)).text();
      const csvRow = csv.split('\n').find((l) => l.startsWith('3,3.1,'));
      assert.ok(csvRow, `project 3.1 in the dashboard's CSV:\n${csv}`);
      assert.match(csvRow, /,45,(on_track|delayed|not_started),/, 'the dashboard has the 45%');
      await exec.page.screenshot({ path: path.join(screenshotDir, 'plan-dashboard.png'),
        fullPage: true });

      const xlsx = await exec.page.request.get(`${baseUrl}/plan/rounds/${round}/report.xlsx`);
      assert.equal(xlsx.status(), 200);
      const xlsxPath = path.join(tmp, 'round.xlsx');
      writeFileSync(xlsxPath, await xlsx.body());
      const rows = execFileSync('/usr/bin/python3', ['-c', [
        'import sys, openpyxl',
        'ws = openpyxl.load_workbook(sys.argv[1]).active',
        'for row in ws.iter_rows(values_only=True):',
        "  print('|'.join('' if v is None else str(v) for v in row))",
      ].join('\n'), xlsxPath], { encoding: 'utf8' });
      const line = rows.split('\n').find((l) => l.includes('|3.1 '));
      assert.ok(line, `project 3.1 in the workbook:\n${rows}`);
      assert.match(line, /\|12500\.5\|/);
      assert.match(line, /\|0\.45\|/);
      assert.match(line, /ห้องปฏิบัติการไม่พอ/);

      const pdf = await exec.page.request.get(`${baseUrl}/plan/rounds/${round}/report.pdf`);
      assert.equal(pdf.status(), 200);
      const pdfPath = path.join(tmp, 'round.pdf');
      writeFileSync(pdfPath, await pdf.body());
      const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' })
        .replace(/\s+/g, '');
      assert.ok(text.includes('โครงการพัฒนาองค์ความรู้ด้าน'), 'project 3.1 by its Thai name');
      assert.ok(text.includes('รายงานความก้าวหน้าแผนปฏิบัติการดิจิทัล'), 'the Thai title');
      assert.deepEqual(await exec.allProblems(), []);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
      await exec.context.close();
    }
  });
});
