// Newsletter lists, as the owner makes one: filtered by tag and by time away, counted as the
// filter changes, exported as CSV and vCard, and handed to the mail app with everyone in BCC.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { customerRecord, expectCount, expectText, open, seedCustomers, seedVisits, useApp, visitRecord } from './support/app.mjs';

const app = useApp();

const HANAKO = customerRecord(1, { name: '山田 花子', reading: 'ヤマダ ハナコ', email: 'hanako@example.jp', tags: ['常連'], phones: ['090-1234-5678'] });
const TARO = customerRecord(2, { name: '佐藤 太郎', reading: 'サトウ タロウ', email: 'taro@example.jp', tags: ['常連'] });
const JIRO = customerRecord(3, { name: '鈴木 次郎', reading: 'スズキ ジロウ', tags: ['常連'] });
const KEN = customerRecord(4, { name: '田中 健', reading: 'タナカ ケン', email: 'ken@example.jp' });

async function saved(page, testId) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const path = join(await mkdtemp(join(tmpdir(), 'tsunagu-')), download.suggestedFilename());
  await download.saveAs(path);
  return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
}

test('a list by tag and time away is counted, exported and mailed in BCC', async () => {
  const { page, url } = app;
  await open(page, url, '/');
  await seedCustomers(page, [HANAKO, TARO, JIRO, KEN]);
  await seedVisits(page, [
    visitRecord(1, HANAKO, 120, 3000, ['カット']),
    visitRecord(2, TARO, 10, 3000, ['カット']),
    visitRecord(3, JIRO, 150, 3000, ['カット']),
    visitRecord(4, KEN, 100, 3000, ['カット']),
  ]);
  await open(page, url, '/analysis');
  await page.getByTestId('lists-card').waitFor();
  await expectText(page.getByTestId('lists-count'), '4人');
  await page.getByTestId('lists-tag').fill('常連');
  await expectText(page.getByTestId('lists-count'), '3人');
  // Away for 90 days or more: Taro came ten days ago.
  await page.getByTestId('lists-away').fill('90');
  await expectText(page.getByTestId('lists-count'), '2人');

  const csv = await saved(page, 'lists-csv');
  assert.match(csv.name, /^tsunagu-list-\d{8}\.csv$/);
  assert.match(csv.text, /鈴木 次郎/);
  assert.match(csv.text, /山田 花子/);
  assert.doesNotMatch(csv.text, /佐藤|田中/);
  const vcard = await saved(page, 'lists-vcard');
  assert.equal((vcard.text.match(/BEGIN:VCARD/g) ?? []).length, 2);
  assert.match(vcard.text, /FN:山田 花子/);

  // Jiro has no email: the mail goes to Hanako, and Jiro is counted apart.
  await expectCount(page.getByTestId('lists-mail'), 1);
  const href = await page.getByTestId('lists-mail').getAttribute('href');
  assert.match(href, /^mailto:\?bcc=hanako@example\.jp&subject=/);
  await expectText(page.getByTestId('lists-no-email'), 'メールアドレスのない方 1人');
  await page.getByTestId('lists-email-only').check();
  await expectText(page.getByTestId('lists-count'), '1人');
});
