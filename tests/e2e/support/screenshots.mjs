// `make screenshots`: fills a demo book and saves phone and desktop screenshots of every
// screen to tests/e2e/artifacts/, for looking at what the app shows a person.
import { mkdir } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';
import { addCustomer, CustomerForm } from './pages.mjs';
import { open } from './app.mjs';

const OUT = 'tests/e2e/artifacts';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const PEOPLE = [
  { name: '山田 花子', reading: 'やまだ はなこ', phones: ['090-1234-5678'], email: 'hanako@example.jp', channel: 'line', birthday: '1988-04-01', household: ['ポチ(柴犬・8歳)'], tags: '常連、モーニング' },
  { name: '佐藤 一郎', reading: 'さとう いちろう', phones: ['080-2222-3333'], tags: 'ランチ' },
  { name: 'Smith John', reading: 'スミス ジョン', email: 'john@example.com', tags: '英語' },
  { name: '後藤 美咲', reading: 'ごとう みさき', phones: ['03-1234-5678'], tags: '常連' },
];

await mkdir(OUT, { recursive: true });
const server = await startServer();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
for (const [label, viewport] of [['phone', { width: 360, height: 640 }], ['desktop', { width: 1280, height: 800 }]]) {
  const context = await browser.newContext({ locale: 'ja-JP', viewport });
  const page = await context.newPage();
  for (const person of PEOPLE) await addCustomer(page, server.url, person);
  await page.getByTestId('nav-customers').click();
  await page.waitForTimeout(5200);
  await page.screenshot({ path: `${OUT}/${label}-list.png`, fullPage: true });
  await page.getByTestId('customer-row').filter({ hasText: '山田' }).click();
  await page.getByTestId('note-text').fill('窓際の席が好き。カフェラテはオーツミルクで。');
  await page.getByRole('button', { name: 'メモを追加' }).click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${OUT}/${label}-detail.png`, fullPage: true });
  await page.getByTestId('edit').click();
  await new CustomerForm(page).fill({ email: 'hanako.example.jp', name: '' });
  await page.getByTestId('save').click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${OUT}/${label}-form-errors.png`, fullPage: true });
  await open(page, server.url, '/?q=' + encodeURIComponent('ごとう'));
  await page.screenshot({ path: `${OUT}/${label}-search.png`, fullPage: true });
  await open(page, server.url, '/settings');
  await page.screenshot({ path: `${OUT}/${label}-settings.png`, fullPage: true });
  await context.close();
}
await browser.close();
await server.close();
console.log(`screenshots in ${OUT}/`);
