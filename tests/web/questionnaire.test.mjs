// The questionnaire as a respondent uses it: opened from a file, filled in, answers saved with the button.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { browser, outsidein, root, screenshots, temporaryFolder } from './browser.mjs';

const example = join(root, 'examples', 'cairnwood-outdoor.outsidein');
let chromium;
let page;
let requests;
let savedFile;

before(async () => {
  const folder = temporaryFolder();
  const questionnaire = outsidein('questionnaire', example, '--out', folder);
  chromium = await browser();
  const context = await chromium.newContext({ acceptDownloads: true, viewport: { width: 1100, height: 900 } });
  page = await context.newPage();
  requests = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto('file://' + questionnaire);
});

after(async () => {
  await chromium?.close();
});

test('asks for a name before saving', async () => {
  await page.click('#save');
  assert.equal(await page.textContent('#message'), 'Please give your name first.');
});

test('saves what the respondent answered as an answers file', async () => {
  await page.fill('#respondent-name', 'Elif Jung');
  await page.selectOption('#respondent-department', { index: 1 });
  const rows = page.locator('.activity');
  await rows.nth(0).locator('input[value="We Can"]').check();
  await rows.nth(1).locator('input[value="We Will"]').check();
  await rows.nth(1).locator('summary').click();
  await rows.nth(1).locator('[data-field="plan"]').fill('Pilot with the repair café');
  await rows.nth(1).locator('[data-field="budget"]').fill('12000');
  await rows.nth(1).locator('[data-field="deadline"]').fill('2027-02-01');
  await rows.nth(2).locator('input[value="We Should"]').check();
  mkdirSync(screenshots, { recursive: true });
  await page.screenshot({ path: join(screenshots, 'questionnaire.png') });

  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#save')]);
  assert.equal(download.suggestedFilename(), 'answers-elif-jung.json');
  savedFile = join(temporaryFolder(), download.suggestedFilename());
  await download.saveAs(savedFile);
  const saved = JSON.parse(readFileSync(savedFile, 'utf8'));

  const modelId = /<outsidein:OutsideInModel[^>]* id="([^"]+)"/.exec(readFileSync(example, 'utf8'))[1];
  assert.equal(saved.format, 'outsidein-answers');
  assert.equal(saved.version, 1);
  assert.equal(saved.questionnaire.model, modelId);
  assert.deepEqual(saved.respondent.name, 'Elif Jung');
  assert.notEqual(saved.respondent.department, '');
  assert.equal(saved.answers.length, 3, 'only the activities answered');
  assert.deepEqual(saved.answers.map((a) => a.answer), ['We Can', 'We Will', 'We Should']);
  assert.equal(saved.answers[0].activity, await rows.nth(0).getAttribute('data-activity'));
  assert.match(saved.answers[0].activity, /^platform:\/plugin\/org\.outsidein\.core\/library\/outside-innovation\.outsidein#/);
  assert.equal(saved.answers[1].plan, 'Pilot with the repair café');
  assert.equal(saved.answers[1].budget, '12000');
  assert.equal(saved.answers[1].deadline, '2027-02-01');
  assert.match(await page.textContent('#message'), /^Saved 3 answers as answers-elif-jung\.json/);
});

test('the saved file imports into the model as an assessment', () => {
  assert.ok(savedFile, 'the answers were saved');
  const model = join(temporaryFolder(), 'cairnwood.outsidein');
  copyFileSync(example, model);
  const printed = outsidein('answers', 'import', model, savedFile, '--name', 'Web survey', '--date', '2026-12-01');
  assert.match(printed, /^added assessment 'Web survey' \(2026-12-01\) from 1 respondent: 3 activities with a consensus/);
  const text = readFileSync(model, 'utf8');
  assert.match(text, /<assessments [^>]*name="Web survey"/);
  assert.match(text, /<responses [^>]*respondent="Elif Jung"/);
  assert.match(text, /plan="Pilot with the repair café"/);
});

test('reaches nothing outside the file', () => {
  const outside = requests.filter((url) => !url.startsWith('file:') && !url.startsWith('blob:') && !url.startsWith('data:'));
  assert.deepEqual(outside, []);
});
