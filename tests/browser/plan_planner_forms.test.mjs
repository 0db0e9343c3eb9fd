// Browser tests of the planner's own forms: the delay margin on /plan/settings (a project's
// computed status follows on its page), a project's KPIs (add, edit, delete one no report carries,
// retire one a report carries: the report form then no longer asks for it), the planned curve
// (the project page's S-curve table shows it) and the CSV/XLSX import (a bad file shows its row
// errors and imports nothing; a good one imports). Each page is also looked at on a 390-px-wide
// phone. Uses the demo planner (`pao demo-data`; the password is read from
// PAO_DATA_DIR/demo-credentials.txt) and leaves the delay margin as it found it.
// Screenshots: plan-planner-*.png.
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
const phone390 = { width: 390, height: 844 };

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

let browser;
let password;

before(async () => {
  password = demoPassword();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

async function signIn(page) {
  await page.goto(`${baseUrl}/login`, { waitUntil: 'load' });
  await page.getByLabel(/ชื่อผู้ใช้|Username/).fill('planner');
  await page.getByLabel(/^(รหัสผ่าน|Password)$/).fill(password);
  await Promise.all([
    page.waitForNavigation({ waitUntil: 'load' }),
    page.getByRole('button', { name: /เข้าสู่ระบบ|Sign in/ }).click(),
  ]);
}

// The planner, signed in, in a browser context of `viewport`.
async function asPlanner(viewport = desktop) {
  const session = await open(browser, `${baseUrl}/plan`, viewport);
  await signIn(session.page);
  return session;
}

async function submit(page, button) {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), button.click()]);
}

async function flash(page) {
  return page.locator('[data-component="flash"]').innerText();
}

async function shoot(page, name) {
  await page.screenshot({ path: path.join(screenshotDir, `plan-planner-${name}.png`), fullPage: true });
}

// The page fits a phone: nothing wider than the viewport makes the page scroll sideways.
async function assertFitsPhone(page, what) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, `${what} scrolls sideways on a phone by ${overflow}px`);
}

// What went wrong on the page, but the 400 a form answers bad input with (expected here).
async function unexpected(allProblems) {
  return (await allProblems()).filter((p) => !/status of 400|HTTP 400:/.test(p));
}

async function projects() {
  const r = await fetch(`${baseUrl}/api/v1/plan/projects`);
  assert.equal(r.status, 200);
  return (await r.json()).items;
}

async function projectNumbered(number) {
  const p = (await projects()).find((x) => x.number === number);
  assert.ok(p, `project ${number}`);
  return p;
}

describe('the planner\'s forms', () => {
  test('a smaller delay margin makes an on-track project delayed on its page', async () => {
    // An on-track project that reported and is a few points behind its plan.
    const candidate = (await projects()).find((p) => p.status === 'on_track' && !p.late_report &&
      p.planned_percent - p.percent_complete >= 2);
    assert.ok(candidate, 'the demo data has an on-track project behind its plan');
    const gap = candidate.planned_percent - candidate.percent_complete;
    const { context, page, allProblems } = await asPlanner();
    let before;
    try {
      await page.goto(`${baseUrl}/plan/dashboard`, { waitUntil: 'load' });
      await submit(page, page.locator('[data-test="set-margin"]'));
      assert.equal(new URL(page.url()).pathname, '/plan/settings');
      const margin = page.getByLabel('เกณฑ์ล่าช้า (จุดร้อยละ)');
      before = await margin.inputValue();
      await shoot(page, 'settings');
      await margin.fill(String(Math.floor(gap - 1)));
      await submit(page, page.getByRole('button', { name: 'บันทึกเกณฑ์' }));
      assert.match(await flash(page), /บันทึกเกณฑ์ล่าช้าแล้ว/);
      await page.goto(`${baseUrl}/plan/projects/${candidate.id}`, { waitUntil: 'load' });
      assert.equal(await page.locator('[data-test="project-page"]').getAttribute('data-status'),
        'delayed');
      // A bad margin comes back named, the field keeps what was typed.
      await page.goto(`${baseUrl}/plan/settings`, { waitUntil: 'load' });
      await page.getByLabel('เกณฑ์ล่าช้า (จุดร้อยละ)').fill('สิบ');
      await submit(page, page.getByRole('button', { name: 'บันทึกเกณฑ์' }));
      assert.ok(await page.locator('.error-summary a[href="#delay_margin"]').count() > 0);
      assert.equal(await page.getByLabel('เกณฑ์ล่าช้า (จุดร้อยละ)').inputValue(), 'สิบ');
      await shoot(page, 'settings-error');
    } finally {
      // The margin as it was: the project is on track again.
      await page.goto(`${baseUrl}/plan/settings`, { waitUntil: 'load' });
      await page.getByLabel('เกณฑ์ล่าช้า (จุดร้อยละ)').fill(before ?? '10');
      await submit(page, page.getByRole('button', { name: 'บันทึกเกณฑ์' }));
    }
    await page.goto(`${baseUrl}/plan/projects/${candidate.id}`, { waitUntil: 'load' });
    assert.equal(await page.locator('[data-test="project-page"]').getAttribute('data-status'),
      'on_track');
    assert.deepEqual(await unexpected(allProblems), []);
    await context.close();
  });

  test('the planner adds, edits, deletes and retires KPIs; a retired one leaves the report form',
    async () => {
      const project = await projectNumbered('4.5');  // runs in 2569 and 2570
      const stamp = Date.now().toString(36);
      const kept = `นักท่องเที่ยวที่ใช้แอป ${stamp}`;
      const spare = `ตัวชี้วัดทดลอง ${stamp}`;
      const { context, page, allProblems } = await asPlanner();
      try {
        const projectUrl = `${baseUrl}/plan/projects/${project.id}`;
        const addKpi = async (name, target2570) => {
          await page.goto(projectUrl, { waitUntil: 'load' });
          await submit(page, page.locator('[data-test="add-kpi-link"]'));
          await page.getByLabel('ตัวชี้วัด', { exact: true }).fill(name);
          await page.getByLabel('หน่วยนับ').fill('คน');
          await page.getByLabel('ค่าฐาน').fill('0');
          await page.getByLabel('ยิ่งมากยิ่งดี').check();
          await page.getByLabel('เป้าหมาย 2570').fill(target2570);
          await submit(page, page.locator('[data-test="add-kpi"]'));
          assert.match(await flash(page), /เพิ่มตัวชี้วัดแล้ว/);
        };
        const row = (name) => page.locator('[data-test="kpi"]', { hasText: name });
        await addKpi(kept, '1000');
        await addKpi(spare, '5');
        assert.match(await row(kept).innerText(), /1,000/);

        // Edit: the form comes filled in; a new target shows on the project page.
        await submit(page, row(kept).locator('[data-test="edit-kpi"]'));
        assert.equal(await page.getByLabel('เป้าหมาย 2570').inputValue(), '1000');
        assert.equal(await page.getByLabel('ตัวชี้วัด', { exact: true }).inputValue(), kept);
        await shoot(page, 'kpi-edit');
        await page.getByLabel('เป้าหมาย 2570').fill('800');
        await submit(page, page.locator('[data-test="save-kpi"]'));
        assert.match(await flash(page), /บันทึกตัวชี้วัดแล้ว/);
        assert.match(await row(kept).innerText(), /800/);

        // A KPI no report carries is deleted from its edit page.
        await submit(page, row(spare).locator('[data-test="edit-kpi"]'));
        assert.equal(await page.locator('[data-test="kpi-reports"]').innerText(), '0');
        await submit(page, page.locator('[data-test="delete-kpi"]'));
        assert.match(await flash(page), /ลบตัวชี้วัดแล้ว/);
        assert.equal(await row(spare).count(), 0);

        // The planner reports an actual for the kept KPI in this quarter's open round.
        await page.goto(`${baseUrl}/plan/rounds`, { waitUntil: 'load' });
        const { fiscalYear, quarter } = thisQuarter();
        const roundId = await page.locator('[data-test="round"]',
          { hasText: `ไตรมาส ${quarter}/${fiscalYear}` }).first().getAttribute('data-id');
        assert.ok(roundId, 'this quarter\'s round (demo data opens it)');
        await page.goto(`${baseUrl}/plan/projects/${project.id}/report?round=${roundId}`,
          { waitUntil: 'load' });
        const actual = page.getByLabel(new RegExp(`ผลตัวชี้วัด ${kept}`));
        await page.getByLabel('ความก้าวหน้าสะสม (%)').fill('20');
        await actual.fill('400');
        await submit(page, page.getByRole('button', { name: 'ส่งรายงาน' }));
        assert.match(await flash(page), /บันทึกรายงานความก้าวหน้าแล้ว/);
        assert.match(await row(kept).innerText(), /50\.0/, 'achievement 400 of 800');

        // Now it cannot be deleted, only retired; retired, it stays on the page with its figures.
        await submit(page, row(kept).locator('[data-test="edit-kpi"]'));
        assert.equal(await page.locator('[data-test="delete-kpi"]').count(), 0);
        assert.ok(Number(await page.locator('[data-test="kpi-reports"]').innerText()) >= 1);
        await shoot(page, 'kpi-retire');
        await submit(page, page.locator('[data-test="retire-kpi"]'));
        assert.match(await flash(page), /เลิกติดตามตัวชี้วัดแล้ว/);
        assert.equal(await row(kept).getAttribute('data-retired'), 'true');
        assert.match(await row(kept).innerText(), /เลิกติดตามแล้ว/);
        assert.match(await row(kept).innerText(), /50\.0/, 'its achievement stays');
        await shoot(page, 'kpi-project');

        await page.goto(`${baseUrl}/plan/projects/${project.id}/report?round=${roundId}`,
          { waitUntil: 'load' });
        assert.equal(await page.getByLabel(new RegExp(`ผลตัวชี้วัด ${kept}`)).count(), 0,
          'the report form no longer asks for the retired KPI');
        assert.deepEqual(await allProblems(), []);
      } finally {
        await context.close();
      }
    });

  test('a quarterly curve entered on the form shows in the project page\'s S-curve table',
    async () => {
      const project = await projectNumbered('4.5');  // 2569 and 2570: 8 quarters
      const { context, page, allProblems } = await asPlanner();
      try {
        await page.goto(`${baseUrl}/plan/projects/${project.id}`, { waitUntil: 'load' });
        await submit(page, page.locator('[data-test="curve-link"]'));
        const planned = { 2569: ['5', '15', '30', '45'], 2570: ['55', '70', '85', '100'] };
        for (const [year, values] of Object.entries(planned)) {
          for (let q = 1; q <= 4; q += 1) {
            await page.getByLabel(`ไตรมาส ${q}/${year}`, { exact: true }).fill(values[q - 1]);
          }
        }
        await shoot(page, 'curve');
        await submit(page, page.locator('[data-test="save-curve"]'));
        assert.match(await flash(page), /บันทึกเส้นแผนแล้ว/);
        const table = page.locator('#s-curve table');
        const q170 = table.locator('tr', { has: page.locator('th', { hasText: 'Q1/70' }) });
        assert.match(await q170.locator('td').first().textContent(), /^55$/);
        const q469 = table.locator('tr', { has: page.locator('th', { hasText: 'Q4/69' }) });
        assert.match(await q469.locator('td').first().textContent(), /^45$/);

        // A falling curve is refused, naming the curve; the typed values stay.
        await page.goto(`${baseUrl}/plan/projects/${project.id}/curve`, { waitUntil: 'load' });
        await page.getByLabel('ไตรมาส 2/2569', { exact: true }).fill('1');
        await submit(page, page.locator('[data-test="save-curve"]'));
        assert.ok(await page.locator('.error-summary').count() > 0);
        assert.equal(await page.getByLabel('ไตรมาส 2/2569', { exact: true }).inputValue(), '1');
        assert.deepEqual(await unexpected(allProblems), []);
      } finally {
        await context.close();
      }
    });

  test('a bad import file shows its row errors and imports nothing; a good .xlsx imports',
    async () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'pao-import-'));
      const { context, page, allProblems } = await asPlanner();
      try {
        const header = 'strategy,seq,project_th,objectives_th,years_be,responsible_units_th,system_kind';
        const newName = `โครงการนำเข้าทดสอบ ${Date.now().toString(36)}`;
        const bad = path.join(dir, 'bad.csv');
        writeFileSync(bad, [
          header,
          `4,60,"${newName}","เพื่อทดสอบ",2570,กองยุทธศาสตร์และงบประมาณ,software`,
          '4,61,"โครงการปีผิด","เพื่อทดสอบ",ปีหน้า,กองยุทธศาสตร์และงบประมาณ,software',
          '',
        ].join('\n'));
        await page.goto(`${baseUrl}/plan/import`, { waitUntil: 'load' });
        await page.getByLabel('ไฟล์ CSV หรือ Excel (.xlsx)').setInputFiles(bad);
        await submit(page, page.getByRole('button', { name: 'นำเข้า', exact: true }));
        const errors = page.locator('[data-test="row-error"]');
        assert.ok(await errors.count() >= 1);
        assert.match(await errors.first().innerText(), /^3\s/, 'the bad row, numbered as in the file');
        await shoot(page, 'import-errors');
        assert.equal((await projects()).filter((p) => p.name_th === newName).length, 0,
          'nothing imported');

        // A good .xlsx: project 4.5 as the plan wrote it (the seed's row), so the demo plan stays.
        const good = path.join(dir, 'plan.xlsx');
        execFileSync('/usr/bin/python3', ['-c', [
          'import csv, sys, openpyxl',
          'rows = list(csv.reader(open(sys.argv[1], encoding="utf-8")))',
          'book = openpyxl.Workbook(); sheet = book.active; sheet.title = "โครงการ"',
          'sheet.append(rows[0])',
          'for r in rows[1:]:',
          '    if r[0] == "4" and r[1] == "5": sheet.append([int(r[0]), int(r[1])] + r[2:])',
          'book.save(sys.argv[2])',
        ].join('\n'), path.join(repoRoot, 'src/modules/plan/seed/projects.csv'), good]);
        await page.getByLabel('ไฟล์ CSV หรือ Excel (.xlsx)').setInputFiles(good);
        await submit(page, page.getByRole('button', { name: 'นำเข้า', exact: true }));
        const done = page.locator('[data-test="import-done"]');
        assert.match(await done.innerText(), /ปรับปรุง 1/);
        assert.equal(await page.locator('[data-test="row-error"]').count(), 0);
        await shoot(page, 'import-done');
        assert.deepEqual(await unexpected(allProblems), []);
      } finally {
        await context.close();
        rmSync(dir, { recursive: true, force: true });
      }
    });

  test('the planner\'s forms fit a 390-px phone', async () => {
    const project = await projectNumbered('4.5');
    const { context, page } = await asPlanner(phone390);
    try {
      for (const [name, url] of [
        ['settings', '/plan/settings'],
        ['kpi-new', `/plan/projects/${project.id}/kpis/new`],
        ['curve', `/plan/projects/${project.id}/curve`],
        ['import', '/plan/import'],
        ['project', `/plan/projects/${project.id}`],
      ]) {
        await page.goto(`${baseUrl}${url}`, { waitUntil: 'load' });
        await shoot(page, `phone-${name}`);
        await assertFitsPhone(page, url);
      }
    } finally {
      await context.close();
    }
  });
});
