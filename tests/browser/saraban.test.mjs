// Browser test of e-Saraban's main path: a central clerk registers an incoming letter with its
// scanned PDF, forwards it to a division and routes it to the division's head; the head comments
// (เกษียณหนังสือ) and approves; the job's timeline shows every step with its time, and the
// register's PDF lists the letter. Makes its own two accounts with `pao user add` (PAO_DB is
// set by scripts/run-browser-tests). Screenshots: saraban-job-desktop.png, saraban-job-phone.png,
// saraban-register-desktop.png.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
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
const password = `saraban-browser-${Date.now()}`;
const clerk = 'saraban-clerk';
const head = 'saraban-head';
const subject = `ขอเชิญประชุมเชิงปฏิบัติการ ${Date.now() % 100000}`;

// Adds the account, or resets its password when an earlier run made it.
function account(username, name, division, role) {
  const opts = { input: `${password}\n`, env: process.env, stdio: ['pipe', 'ignore', 'ignore'] };
  try {
    execFileSync(pao, ['user', 'add', '--username', username, '--name', name, '--division',
      division, '--role', role, '--password-stdin'], opts);
  } catch {
    execFileSync(pao, ['user', 'passwd', username, '--password-stdin'], opts);
  }
}

// A minimal one-page PDF, as a scanner's file would start.
function minimalPdf() {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) body += `${String(off).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

let browser;
let tmp;

before(async () => {
  assert.ok(process.env.PAO_DB, 'set PAO_DB (scripts/run-browser-tests does)');
  account(clerk, 'วันดี ทดสอบสารบรรณ', 'office_of_chief', 'clerk');
  account(head, 'สมชาย ทดสอบหัวหน้า', 'education', 'division_head');
  tmp = mkdtempSync(path.join(os.tmpdir(), 'pao-saraban-'));
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('saraban', () => {
  test('a letter goes from the clerk to the head and back into the register', async () => {
    const scan = path.join(tmp, 'หนังสือเชิญประชุม.pdf');
    writeFileSync(scan, minimalPdf());

    // The clerk registers the letter with its scan.
    const clerkSide = await open(browser, `${baseUrl}/saraban/incoming/new`, desktop);
    let jobUrl;
    try {
      const { page } = clerkSide;
      await signIn(page, clerk, password);
      assert.match(page.url(), /\/saraban\/incoming\/new$/);
      await page.getByLabel('ที่ (เลขที่หนังสือของผู้ส่ง)').fill('มท 0808.2/ว 1234');
      await page.getByLabel('ลงวันที่').fill('20/11/2569');
      await page.getByLabel('จาก', { exact: true }).fill('กรมส่งเสริมการปกครองท้องถิ่น');
      await page.getByLabel('ถึง', { exact: true }).fill('นายกองค์การบริหารส่วนจังหวัดลำพูน');
      await page.getByLabel('เรื่อง', { exact: true }).fill(subject);
      await page.getByLabel('ด่วนมาก').check();
      await page.getByLabel('ไฟล์หนังสือ (สแกน PDF)').setInputFiles(scan);
      await press(page, 'ลงทะเบียนรับ');
      assert.match(page.url(), /\/saraban\/jobs\/\d+/);
      jobUrl = page.url().replace(/\?.*$/, '');
      assert.equal(await page.locator('[data-test="job-title"]').innerText(), subject);
      assert.ok(await page.locator('[data-test="letter-file"]').count() === 1, 'the scan is attached');

      // Forward to the education division, then route to its head.
      await page.getByLabel('ส่งต่อถึงกอง').selectOption({ label: 'กองการศึกษา ศาสนาและวัฒนธรรม' });
      await press(page, 'ส่งต่อกอง');
      await page.getByLabel('มอบหมายให้ (ชื่อผู้ใช้)').fill(head);
      await press(page, 'มอบหมาย');
      assert.deepEqual(await clerkSide.allProblems(), []);
    } finally {
      await clerkSide.context.close();
    }

    // The head comments and approves.
    const headSide = await open(browser, jobUrl, desktop);
    try {
      const { page } = headSide;
      await signIn(page, head, password);
      assert.equal(page.url(), jobUrl);
      await page.getByLabel('ข้อความเกษียณ').fill('เห็นควรมอบกองการศึกษาเข้าร่วมประชุม');
      await press(page, 'เกษียณหนังสือ');
      await press(page, 'อนุมัติ');
      const steps = page.locator('[data-test="timeline"] > li');
      const kinds = await steps.evaluateAll((lis) => lis.map((li) => li.dataset.step));
      assert.deepEqual(kinds, ['register', 'forward', 'route', 'comment', 'approve']);
      for (let i = 0; i < 5; i += 1) {
        const time = steps.nth(i).locator('time');
        assert.match(await time.getAttribute('datetime'), /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
        assert.match(await time.innerText(), /25\d\d/, 'shown in B.E.');
      }
      assert.match(await page.locator('[data-test="timeline"]').innerText(),
        /เห็นควรมอบกองการศึกษาเข้าร่วมประชุม[\s\S]*สมชาย ทดสอบหัวหน้า/);
      await page.screenshot({ path: path.join(screenshotDir, 'saraban-job-desktop.png'), fullPage: true });
      await page.setViewportSize(phone);
      await page.screenshot({ path: path.join(screenshotDir, 'saraban-job-phone.png'), fullPage: true });
      assert.deepEqual(await headSide.allProblems(), []);
    } finally {
      await headSide.context.close();
    }

    // The register lists it, urgent, and its PDF has it.
    const registerSide = await open(browser, `${baseUrl}/saraban/incoming`, desktop);
    try {
      const { page } = registerSide;
      await signIn(page, clerk, password);
      const row = page.locator('[data-test="incoming-register"] tr', { hasText: subject });
      assert.equal(await row.count(), 1);
      assert.match(await row.innerText(), /ด่วนมาก/);
      await page.screenshot({ path: path.join(screenshotDir, 'saraban-register-desktop.png'),
        fullPage: true });
      const href = await page.locator('[data-test="register-pdf"]').getAttribute('href');
      const pdf = await page.request.get(`${baseUrl}${href}`);
      assert.equal(pdf.status(), 200);
      assert.equal(pdf.headers()['content-type'], 'application/pdf');
      const file = path.join(tmp, 'register.pdf');
      writeFileSync(file, await pdf.body());
      const text = execFileSync('pdftotext', ['-layout', file, '-']).toString('utf8');
      assert.match(text, /ทะเบียนหนังสือรับ/);
      assert.match(text, /ขอเชิญประชุมเชิงปฏิบัติการ/);
      assert.deepEqual(await registerSide.allProblems(), []);
    } finally {
      await registerSide.context.close();
    }
  });
});
