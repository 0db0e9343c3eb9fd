// Browser test of a division's sub-register and of delegation: the central clerk forwards a
// letter to กองสาธารณสุข; the division's clerk finds it in /saraban/division-register with the
// division's number, opens the job and routes it to the division's head; the head records a
// delegation to a deputy; the deputy finds the job in their inbox marked "แทน …", approves it, and
// the timeline shows the approval as ปฏิบัติราชการแทน the head. The head then ends the delegation
// (so a second run on the same database can record a new one). Makes its own accounts with
// `pao user add` (PAO_DB is set by scripts/run-browser-tests). Screenshots:
// saraban-division-register-desktop.png, saraban-division-register-phone.png,
// saraban-delegations-desktop.png, saraban-delegated-job-desktop.png.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';

import {
  baseUrl,
  desktop,
  launchBrowser,
  open,
  phone,
  press,
  screenshotDir,
  signIn,
} from './support.mjs';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const pao = process.env.PAO_BIN || path.join(repoRoot, 'build', 'pao');
const password = `saraban-division-${Date.now()}`;
const clerk = 'sdiv-clerk';
const divisionClerk = 'sdiv-health-clerk';
const head = 'sdiv-health-head';
const deputy = 'sdiv-health-deputy';
const subject = `ขอความร่วมมือรณรงค์ป้องกันไข้เลือดออก ${Date.now() % 100000}`;

function account(username, name, division, role, position) {
  const opts = { input: `${password}\n`, env: process.env, stdio: ['pipe', 'ignore', 'ignore'] };
  const args = ['user', 'add', '--username', username, '--name', name, '--division', division,
    '--role', role, '--password-stdin'];
  if (position) args.push('--position', position);
  try {
    execFileSync(pao, args, opts);
  } catch {
    execFileSync(pao, ['user', 'passwd', username, '--password-stdin'], opts);
  }
}

// Today in Bangkok as the B.E. date people type: 25/11/2569.
function todayBE(offsetDays = 0) {
  const t = new Date(Date.now() + 7 * 3600 * 1000 + offsetDays * 86400 * 1000);
  const dd = String(t.getUTCDate()).padStart(2, '0');
  const mm = String(t.getUTCMonth() + 1).padStart(2, '0');
  return `${dd}/${mm}/${t.getUTCFullYear() + 543}`;
}

let browser;

before(async () => {
  assert.ok(process.env.PAO_DB, 'set PAO_DB (scripts/run-browser-tests does)');
  account(clerk, 'วันดี สารบรรณกลาง', 'office_of_chief', 'clerk');
  account(divisionClerk, 'มาลี ธุรการกอง', 'public_health', 'clerk@public_health');
  account(head, 'ประเสริฐ ผู้อำนวยการกอง', 'public_health', 'division_head@public_health',
    'division_director');
  account(deputy, 'สุดา รองผู้อำนวยการ', 'public_health', 'staff');
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

describe('saraban division register and delegation', () => {
  test('a forwarded letter reaches the division clerk, and the deputy approves for the head', async () => {
    // The central clerk registers the letter and forwards it to กองสาธารณสุข.
    const central = await open(browser, `${baseUrl}/saraban/incoming/new`, desktop);
    let jobUrl;
    let divisionNo;
    try {
      const { page } = central;
      await signIn(page, clerk, password);
      await page.getByLabel('ที่ (เลขที่หนังสือของผู้ส่ง)').fill('ลพ 0023/ว 456');
      await page.getByLabel('ลงวันที่').fill(todayBE());
      await page.getByLabel('จาก', { exact: true }).fill('สำนักงานสาธารณสุขจังหวัดลำพูน');
      await page.getByLabel('ถึง', { exact: true }).fill('นายกองค์การบริหารส่วนจังหวัดลำพูน');
      await page.getByLabel('เรื่อง', { exact: true }).fill(subject);
      await page.getByLabel('ด่วน', { exact: true }).check();
      await press(page, 'ลงทะเบียนรับ');
      jobUrl = page.url().replace(/\?.*$/, '');
      assert.match(jobUrl, /\/saraban\/jobs\/\d+$/);
      await page.getByLabel('ส่งต่อถึงกอง').selectOption({ label: 'กองสาธารณสุข' });
      await press(page, 'ส่งต่อกอง');
      const forward = page.locator('[data-test="timeline"] > li[data-step="forward"]').last();
      divisionNo = (await forward.innerText()).match(/เลขรับของกอง (\d+)/)[1];
      assert.deepEqual(await central.allProblems(), []);
    } finally {
      await central.context.close();
    }

    // The division's clerk finds it in the division register and routes it to the head.
    const division = await open(browser, `${baseUrl}/saraban/division-register`, desktop);
    try {
      const { page } = division;
      await signIn(page, divisionClerk, password);
      assert.match(page.url(), /\/saraban\/registers\/division:public_health$/);
      assert.match(await page.locator('h1').innerText(), /กองสาธารณสุข/);
      const row = page.locator('[data-test="division-register"] tbody tr', { hasText: subject });
      assert.equal(await row.count(), 1);
      assert.equal(await row.getAttribute('data-no'), divisionNo);
      assert.equal(await row.locator('td').first().innerText(), divisionNo);
      assert.match(await row.innerText(), /ด่วน/);
      await page.screenshot({ path: path.join(screenshotDir, 'saraban-division-register-desktop.png'),
        fullPage: true });
      await page.setViewportSize(phone);
      await page.screenshot({ path: path.join(screenshotDir, 'saraban-division-register-phone.png'),
        fullPage: true });
      await page.setViewportSize(desktop);
      await Promise.all([
        page.waitForNavigation({ waitUntil: 'load' }),
        row.locator('[data-test="open-job"]').click(),
      ]);
      assert.equal(page.url(), jobUrl);
      await page.getByLabel('มอบหมายให้ (ชื่อผู้ใช้)').fill(head);
      await press(page, 'มอบหมาย');
      const kinds = await page.locator('[data-test="timeline"] > li')
        .evaluateAll((lis) => lis.map((li) => li.dataset.step));
      assert.deepEqual(kinds, ['register', 'forward', 'route']);
      assert.deepEqual(await division.allProblems(), []);
    } finally {
      await division.context.close();
    }

    // The head records a delegation to the deputy from today.
    const headSide = await open(browser, `${baseUrl}/saraban/delegations`, desktop);
    try {
      const { page } = headSide;
      await signIn(page, head, password);
      await page.getByLabel('ผู้ปฏิบัติราชการแทน (ชื่อผู้ใช้)').fill(deputy);
      await page.getByLabel('ตั้งแต่วันที่').fill(todayBE());
      await page.getByLabel('ถึงวันที่').fill(todayBE(3));
      await page.getByLabel('คำสั่งที่').fill('99/2569');
      await press(page, 'บันทึกการมอบหมาย');
      assert.match(page.url(), /\/saraban\/delegations/);
      const row = page.locator('[data-test="delegations"] tbody tr', { hasText: '99/2569' }).first();
      assert.match(await row.innerText(), /สุดา รองผู้อำนวยการ[\s\S]*มีผล/);
      await page.screenshot({ path: path.join(screenshotDir, 'saraban-delegations-desktop.png'),
        fullPage: true });
      assert.deepEqual(await headSide.allProblems(), []);
    } finally {
      await headSide.context.close();
    }

    // The deputy sees the job in the inbox, marked as the head's, and approves it.
    const deputySide = await open(browser, `${baseUrl}/saraban/inbox`, desktop);
    try {
      const { page } = deputySide;
      await signIn(page, deputy, password);
      const row = page.locator('[data-test="inbox"] tr', { hasText: subject });
      assert.equal(await row.count(), 1);
      assert.match(await row.innerText(), /แทน ประเสริฐ ผู้อำนวยการกอง/);
      await Promise.all([
        page.waitForNavigation({ waitUntil: 'load' }),
        row.getByRole('link', { name: subject }).click(),
      ]);
      assert.equal(page.url(), jobUrl);
      await press(page, 'อนุมัติ');
      const approve = page.locator('[data-test="timeline"] > li[data-step="approve"]');
      assert.match(await approve.innerText(),
        /สุดา รองผู้อำนวยการ[\s\S]*ปฏิบัติราชการแทน ประเสริฐ ผู้อำนวยการกอง ตำแหน่ง ผู้อำนวยการกอง/);
      await page.screenshot({ path: path.join(screenshotDir, 'saraban-delegated-job-desktop.png'),
        fullPage: true });
      assert.deepEqual(await deputySide.allProblems(), []);
    } finally {
      await deputySide.context.close();
    }

    // The head ends the delegation early: it stays listed, marked ended.
    const ending = await open(browser, `${baseUrl}/saraban/delegations`, desktop);
    try {
      const { page } = ending;
      await signIn(page, head, password);
      const row = page.locator('[data-test="delegations"] tbody tr', { hasText: '99/2569' }).first();
      await Promise.all([
        page.waitForNavigation({ waitUntil: 'load' }),
        row.getByRole('button', { name: 'ยุติการมอบหมาย' }).click(),
      ]);
      assert.match(await page.locator('[data-test="delegations"] tbody tr').first().innerText(),
        /ยุติก่อนกำหนด/);
      assert.deepEqual(await ending.allProblems(), []);
    } finally {
      await ending.context.close();
    }
  });
});
