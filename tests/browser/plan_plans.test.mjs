// Browser test of the plan registry: the planner creates a yearly action plan (แผนดำเนินงาน
// ประจำปี), adds a strategy with two goals (เป้าประสงค์) and a project under it, and sees all of
// it on the plan's page. Uses the demo planner (`pao demo-data`; the password is read from
// PAO_DATA_DIR/demo-credentials.txt). Screenshots: plan-plans-*.png.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { baseUrl, desktop, launchBrowser, open, screenshotDir, signIn } from './support.mjs';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const dataDir = path.resolve(repoRoot, process.env.PAO_DATA_DIR || 'var');

function demoPassword() {
  const text = readFileSync(path.join(dataDir, 'demo-credentials.txt'), 'utf8');
  const line = text.split('\n').find((l) => l.startsWith('Demo sign-in:'));
  assert.ok(line, 'demo-credentials.txt has the demo sign-in line');
  return line.split('password ').pop().split(/\s/)[0];
}

let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

async function submit(page, button) {
  await Promise.all([
    page.waitForNavigation({ waitUntil: 'load' }),
    page.locator(`[data-test="${button}"]`).click(),
  ]);
}

test('the planner builds a yearly action plan with a strategy, two goals and a project', async () => {
  const { context, page, allProblems } = await open(browser, `${baseUrl}/login`, desktop);
  try {
    await signIn(page, 'planner', demoPassword());
    await page.goto(`${baseUrl}/plan/plans`, { waitUntil: 'load' });
    assert.ok(await page.locator('[data-test="plan"]').count() >= 1, 'the digital plan is listed');

    const name = `แผนดำเนินงานประจำปี พ.ศ. 2570 (ทดสอบ ${Date.now()})`;
    await page.getByLabel('ประเภทแผน', { exact: true }).selectOption('yearly_action');
    await page.getByLabel('ชื่อแผน', { exact: true }).fill(name);
    await page.getByLabel('ปีแรก (พ.ศ.)').fill('2570');
    await page.getByLabel('ปีสุดท้าย (พ.ศ.)').fill('2570');
    await page.getByLabel('สถานะ', { exact: true }).selectOption('draft');
    await submit(page, 'create-plan');
    assert.match(page.url(), /\/plan\/plans\/\d+/);
    const planUrl = page.url().split('?')[0];
    await page.locator('[data-test="plan-page"]').waitFor();

    await page.getByLabel('ยุทธศาสตร์ที่', { exact: true }).fill('1');
    await page.getByLabel('ชื่อยุทธศาสตร์').fill('การบริการประชาชนด้วยระบบดิจิทัล');
    await page.getByLabel('พันธกิจ').fill('ให้บริการประชาชนผ่านช่องทางออนไลน์');
    await submit(page, 'add-strategy');
    assert.match(page.url(), /\/plan\/strategies\/\d+/);

    for (const goal of ['ประชาชนได้รับบริการรวดเร็วขึ้น', 'ลดการเดินทางมาติดต่อสำนักงาน']) {
      await page.getByLabel('เป้าประสงค์ใหม่').fill(goal);
      await submit(page, 'add-goal');
    }
    assert.equal(await page.locator('[data-test="goal"]').count(), 2);

    await page.getByLabel('ชื่อโครงการ').fill('ระบบนัดหมายรับบริการออนไลน์');
    await page.getByLabel('วัตถุประสงค์').fill('เพื่อลดเวลารอรับบริการ');
    await page.getByLabel('2570', { exact: true }).check();
    await page.getByLabel('กองสาธารณสุข', { exact: true }).check();
    await submit(page, 'add-project');

    assert.equal(page.url().split('?')[0], planUrl);
    const strategy = page.locator('[data-test="strategy"][data-number="1"]');
    await strategy.waitFor();
    assert.deepEqual(await strategy.locator('[data-test="goal"]').allTextContents(),
                     ['ประชาชนได้รับบริการรวดเร็วขึ้น', 'ลดการเดินทางมาติดต่อสำนักงาน']);
    const project = strategy.locator('[data-test="project"][data-number="1.1"]');
    assert.match(await project.textContent(), /ระบบนัดหมายรับบริการออนไลน์/);
    assert.match(await page.locator('[data-test="years"]').textContent(), /2570/);
    await page.screenshot({ path: path.join(screenshotDir, 'plan-plans-yearly.png'), fullPage: true });

    await page.goto(`${baseUrl}/plan/plans`, { waitUntil: 'load' });
    assert.ok(await page.locator('[data-test="plan"]', { hasText: name }).count() === 1);
    await page.screenshot({ path: path.join(screenshotDir, 'plan-plans-list.png'), fullPage: true });
    assert.deepEqual(await allProblems(), []);
  } finally {
    await context.close();
  }
});
