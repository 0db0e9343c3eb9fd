// Browser test of drafting from letter templates and of the numbering settings: a clerk registers
// an incoming letter and routes it to a member of staff; the staff member opens the job, drafts a
// reply from the shipped "หนังสือตอบ" template (the outgoing form opens filled from the letter and
// their own name and position), registers it, and the job's timeline shows the reply with its ที่.
// An administrator previews and saves a new circular format on /saraban/settings and the page
// shows the next circular's ที่ in it (then puts the format back). Makes its own accounts with
// `pao user add` (PAO_DB is set by scripts/run-browser-tests). Screenshots:
// saraban-templates-desktop.png, saraban-draft-desktop.png, saraban-settings-desktop.png.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';

import { baseUrl, desktop, launchBrowser, open, press, screenshotDir, signIn } from './support.mjs';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const pao = process.env.PAO_BIN || path.join(repoRoot, 'build', 'pao');
const password = `saraban-templates-${Date.now()}`;
const clerk = 'tpl-clerk';
const staff = 'tpl-staff';
const admin = 'tpl-admin';
const subject = `ขอเชิญประชุมชี้แจงแผนพัฒนาท้องถิ่น ${Date.now() % 100000}`;

function account(username, name, division, role, position) {
  const opts = { input: `${password}\n`, env: process.env, stdio: ['pipe', 'ignore', 'ignore'] };
  try {
    execFileSync(pao, ['user', 'add', '--username', username, '--name', name, '--division',
      division, '--role', role, '--position', position, '--password-stdin'], opts);
  } catch {
    execFileSync(pao, ['user', 'passwd', username, '--password-stdin'], opts);
  }
}

let browser;

before(async () => {
  assert.ok(process.env.PAO_DB, 'set PAO_DB (scripts/run-browser-tests does)');
  account(clerk, 'วันดี ทดสอบแบบฟอร์ม', 'office_of_chief', 'clerk', 'admin_officer');
  account(staff, 'ครูสมใจ ทดสอบร่างหนังสือ', 'education', 'staff', 'general_admin_officer');
  account(admin, 'ผู้ดูแล ทดสอบเลขที่', 'office_of_chief', 'admin', 'admin_officer');
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

describe('saraban templates', () => {
  test('staff drafts a reply from a template on their job and the timeline shows its ที่',
    async () => {
      // The clerk registers the letter and routes it to the staff member.
      const clerkSide = await open(browser, `${baseUrl}/saraban/incoming/new`, desktop);
      let jobUrl;
      try {
        const { page } = clerkSide;
        await signIn(page, clerk, password);
        await page.getByLabel('ที่ (เลขที่หนังสือของผู้ส่ง)').fill('มท 0808.2/ว 1234');
        await page.getByLabel('ลงวันที่').fill('20/11/2569');
        await page.getByLabel('จาก', { exact: true }).fill('กรมส่งเสริมการปกครองท้องถิ่น');
        await page.getByLabel('ถึง', { exact: true }).fill('นายกองค์การบริหารส่วนจังหวัดลำพูน');
        await page.getByLabel('เรื่อง', { exact: true }).fill(subject);
        await press(page, 'ลงทะเบียนรับ');
        jobUrl = page.url().replace(/\?.*$/, '');
        assert.match(jobUrl, /\/saraban\/jobs\/\d+$/);
        await page.getByLabel('มอบหมายให้ (ชื่อผู้ใช้)').fill(staff);
        await press(page, 'มอบหมาย');

        // The clerk's template library.
        await page.goto(`${baseUrl}/saraban/templates`);
        assert.ok(await page.locator('[data-test="templates"] tr', { hasText: 'หนังสือตอบ' }).count() >= 1);
        assert.match(await page.locator('[data-test="placeholders"]').innerText(), /\{\{เรื่องเดิม\}\}/);
        await page.screenshot({ path: path.join(screenshotDir, 'saraban-templates-desktop.png'),
          fullPage: true });
        assert.deepEqual(await clerkSide.allProblems(), []);
      } finally {
        await clerkSide.context.close();
      }

      // The staff member drafts the reply from the job's page and registers it.
      const staffSide = await open(browser, jobUrl, desktop);
      try {
        const { page } = staffSide;
        await signIn(page, staff, password);
        assert.equal(page.url(), jobUrl);
        await page.getByLabel('แบบฟอร์มหนังสือ').selectOption({ label: 'หนังสือตอบ (ตอบหนังสือที่รับเข้ามา)' });
        await press(page, 'ร่างจากแบบฟอร์ม');
        assert.match(page.url(), /\/draft\?template=\d+$/);
        assert.equal(await page.getByLabel('เรื่อง', { exact: true }).inputValue(), subject);
        assert.equal(await page.getByLabel('ถึง', { exact: true }).inputValue(),
          'กรมส่งเสริมการปกครองท้องถิ่น');
        const body = await page.getByLabel('ข้อความ (เว้นบรรทัดระหว่างย่อหน้า)').inputValue();
        assert.match(body, /ที่ มท 0808\.2\/ว 1234 ลงวันที่ 20 พฤศจิกายน 2569/);
        assert.equal(await page.getByLabel('ชื่อผู้ลงนาม').inputValue(), 'ครูสมใจ ทดสอบร่างหนังสือ');
        assert.equal(await page.getByLabel('ตำแหน่งผู้ลงนาม').inputValue(), 'นักจัดการงานทั่วไป');
        await page.screenshot({ path: path.join(screenshotDir, 'saraban-draft-desktop.png'),
          fullPage: true });
        await page.getByLabel('ถึง', { exact: true }).fill('อธิบดีกรมส่งเสริมการปกครองท้องถิ่น');
        await press(page, 'ออกเลขและสร้าง PDF');
        assert.equal(page.url().replace(/\?.*$/, ''), jobUrl);
        const steps = page.locator('[data-test="timeline"] > li');
        const kinds = await steps.evaluateAll((lis) => lis.map((li) => li.dataset.step));
        assert.deepEqual(kinds, ['register', 'route', 'register']);
        assert.match(await steps.nth(2).innerText(), /ทะเบียนหนังสือส่ง เลขที่ \d+\/2569 ที่ ลพ 51000\/\d+/);
        assert.match(await steps.nth(2).innerText(), /ครูสมใจ ทดสอบร่างหนังสือ/);
        assert.equal(await page.locator('[data-test="job-letters"] tbody tr').count(), 2);
        assert.deepEqual(await staffSide.allProblems(), []);
      } finally {
        await staffSide.context.close();
      }
    });

  test('the administrator changes the circular format and the preview shows it', async () => {
    const side = await open(browser, `${baseUrl}/saraban/settings`, desktop);
    try {
      const { page } = side;
      await signIn(page, admin, password);
      const field = page.getByLabel('ทะเบียนหนังสือเวียน (ว)');
      const original = await field.inputValue();
      const next = await page.locator('[data-test="preview-circular"]').innerText();
      const no = next.match(/(\d+)$/)[1];

      await field.fill('{agency}/ว');
      await press(page, 'บันทึก');
      assert.match(await page.locator('.error-summary, [role="alert"]').first().innerText(), /\{no\}/);

      await page.getByLabel('ทะเบียนหนังสือเวียน (ว)').fill('{agency}/ว.{no}');
      await press(page, 'แสดงตัวอย่าง');
      assert.equal(await page.locator('[data-test="preview-circular"]').innerText(), `ลพ 51000/ว.${no}`);
      assert.equal(await page.locator('[data-test="preview-notice"]').count(), 1);
      await press(page, 'บันทึก');
      assert.match(page.url(), /\/saraban\/settings/);
      assert.match(await page.locator('[data-component="flash"]').innerText(), /บันทึกการตั้งค่าเลขที่หนังสือแล้ว/);
      assert.equal(await page.getByLabel('ทะเบียนหนังสือเวียน (ว)').inputValue(), '{agency}/ว.{no}');
      assert.equal(await page.locator('[data-test="preview-circular"]').innerText(), `ลพ 51000/ว.${no}`);
      await page.screenshot({ path: path.join(screenshotDir, 'saraban-settings-desktop.png'),
        fullPage: true });

      // Put it back for the other tests.
      await page.getByLabel('ทะเบียนหนังสือเวียน (ว)').fill(original);
      await press(page, 'บันทึก');
      assert.equal(await page.locator('[data-test="preview-circular"]').innerText(), next);
      // The refused format answers 400 on purpose.
      const problems = (await side.allProblems()).filter((p) => !/\b400\b/.test(p));
      assert.deepEqual(problems, []);
    } finally {
      await side.context.close();
    }
  });
});
