// Spreadsheets: a Shift_JIS CSV from Japanese Excel imports with its columns recognised, a
// customer already known is proposed for merging rather than created twice, unusable rows are
// listed with reasons; a bad file changes nothing; the app's own CSV export imports back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { expectCount, expectText, open, useApp } from './support/app.mjs';
import { addCustomer, CustomerList } from './support/pages.mjs';

const app = useApp();

/** Shift_JIS bytes for `text`, as Japanese Excel writes them. Browsers only encode UTF-8, so
 * the table comes from inverting the page's own Shift_JIS decoder. */
async function shiftJis(page, text) {
  const bytes = await page.evaluate((text) => {
    const decoder = new TextDecoder('shift_jis');
    const table = new Map();
    for (let lead = 0x81; lead <= 0xfc; lead++) {
      if (lead > 0x9f && lead < 0xe0) continue;
      for (let trail = 0x40; trail <= 0xfc; trail++) {
        if (trail === 0x7f) continue;
        const ch = decoder.decode(new Uint8Array([lead, trail]));
        if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [lead, trail]);
      }
    }
    const out = [];
    for (const ch of text) {
      const code = ch.codePointAt(0);
      if (code < 0x80) out.push(code);
      else if (table.has(ch)) out.push(...table.get(ch));
      else throw new Error(`not in Shift_JIS: ${ch}`);
    }
    return out;
  }, text);
  return Buffer.from(bytes);
}

async function chooseCsv(page, url, buffer) {
  await open(page, url, '/settings');
  await page.getByTestId('csv-file').setInputFiles({ name: 'customers.csv', mimeType: 'text/csv', buffer });
}

async function names(page, url) {
  const list = new CustomerList(page, url);
  await list.open();
  return (await list.names()).sort();
}

const CSV = [
  '氏名,ふりがな,電話番号,メール,タグ',
  '山田 花子,やまだ はなこ,090-1234-5678,HANAKO@example.jp,VIP',
  '佐藤 一郎,さとう いちろう,080-2222-3333,ichiro@example.jp,ランチ',
  '鈴木 次郎,すずき じろう,電話なし,,',
].join('\r\n');

test('a Shift_JIS CSV with a known customer: proposed merge, reasons for bad rows', async () => {
  const { page, url } = app;
  await addCustomer(page, url, { name: '山田 花子', email: 'hanako@example.jp', tags: '常連' });
  await chooseCsv(page, url, await shiftJis(page, CSV));

  assert.equal(await page.getByTestId('csv-column-0').inputValue(), 'name');
  assert.equal(await page.getByTestId('csv-column-1').inputValue(), 'reading');
  assert.equal(await page.getByTestId('csv-column-2').inputValue(), 'phone');
  assert.equal(await page.getByTestId('csv-column-3').inputValue(), 'email');
  await expectText(page.getByTestId('csv-summary'), '新規 1人・統合の候補 1人・取り込めない行 1行');
  const preview = page.getByTestId('csv-preview').locator('tbody tr');
  await expectCount(preview, 2);
  await expectText(preview.first(), /山田 花子\s+ヤマダ ハナコ\s+090-1234-5678\s+hanako@example\.jp\s+VIP/i);
  // Choosing another column for the reading changes the preview at once.
  await page.getByTestId('csv-column-1').selectOption('ignore');
  await expectText(preview.first(), /^山田 花子\s+090-1234-5678/);
  await page.getByTestId('csv-column-1').selectOption('reading');
  await expectText(page.getByTestId('csv-duplicate'), /2行目 山田 花子 → 山田 花子 · メールアドレスが同じ/);
  await expectText(page.getByTestId('csv-invalid'), /4行目: 電話番号は数字とハイフンで/);

  await page.getByTestId('csv-import').click();
  await page.getByTestId('toast').filter({ hasText: '2行を取り込みました' }).waitFor();
  await page.reload();
  assert.deepEqual(await names(page, url), ['佐藤 一郎', '山田 花子']);
  await new CustomerList(page, url).row('山田 花子').click();
  await expectText(page.getByTestId('customer-tags'), /常連\s*VIP/);
  await expectText(page.getByTestId('customer-phones'), '090-1234-5678');
});

test('"add as a separate customer" creates a second one on purpose', async () => {
  const { page, url } = app;
  await addCustomer(page, url, { name: '山田 花子', email: 'hanako@example.jp' });
  await chooseCsv(page, url, Buffer.from(CSV.split('\r\n').slice(0, 2).join('\n')));
  await page.getByTestId('csv-choice-2').selectOption('add');
  await page.getByTestId('csv-import').click();
  await page.getByTestId('toast').filter({ hasText: '取り込みました' }).waitFor();
  assert.deepEqual(await names(page, url), ['山田 花子', '山田 花子']);
});

test('a CSV in an unknown encoding or with ragged rows is refused and changes nothing', async () => {
  const { page, url } = app;
  await addCustomer(page, url, { name: '既存 顧客' });
  for (const [bytes, message] of [
    [Buffer.from([0x96, 0xbc, 0x91, 0x4f, 0x0a, 0xff, 0xfe, 0xfd]), /文字コードを判別できません/],
    [Buffer.from('名前,電話\n山田,090-1234-5678\n佐藤\n'), /3行目の列の数が合いません（1列。見出しは2列）/],
  ]) {
    await chooseCsv(page, url, bytes);
    await expectText(page.getByTestId('csv-error'), message);
    assert.equal(await page.getByTestId('csv-import').count(), 0);
    assert.deepEqual(await names(page, url), ['既存 顧客']);
  }
});

test('the exported CSV opens in a fresh browser as the same customers', async () => {
  const { page, url } = app;
  await addCustomer(page, url, { name: '山田 花子', reading: 'やまだ はなこ', phones: ['090-1234-5678'], tags: '常連, VIP' });
  await addCustomer(page, url, { name: '佐藤 一郎', email: 'ichiro@example.jp', birthday: '1985-12-24' });
  await open(page, url, '/settings');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
  assert.match(download.suggestedFilename(), /^tsunagu-customers-\d{8}-\d{4}\.csv$/);
  const csv = await readFile(await download.path());

  const fresh = await (await app.context.browser().newContext({ locale: 'ja-JP' })).newPage();
  try {
    await chooseCsv(fresh, url, csv);
    await expectText(fresh.getByTestId('csv-summary'), '新規 2人・統合の候補 0人・取り込めない行 0行');
    await fresh.getByTestId('csv-import').click();
    await fresh.getByTestId('toast').filter({ hasText: '取り込みました' }).waitFor();
    assert.deepEqual(await names(fresh, url), ['佐藤 一郎', '山田 花子']);
    await new CustomerList(fresh, url).row('佐藤 一郎').click();
    await expectText(fresh.getByTestId('customer-birthday'), /^1985年12月24日/);
    await expectCount(fresh.getByTestId('customer-email').getByRole('link'), 1);
  } finally {
    await fresh.context().close();
  }
});

test('markup in a CSV is imported as plain, inert text', async () => {
  const { page, url } = app;
  const script = '<script>window.__pwned = 1</script>';
  const img = '<img src=x onerror="window.__pwned = 2">';
  const csv = ['名前,メモ', `"${img.replaceAll('"', '""')}",${script}`].join('\n');
  await chooseCsv(page, url, Buffer.from(csv));
  await expectText(page.getByTestId('csv-summary'), '新規 1人・統合の候補 0人・取り込めない行 0行');
  await page.getByTestId('csv-import').click();
  await page.getByTestId('toast').filter({ hasText: '取り込みました' }).waitFor();
  const list = new CustomerList(page, url);
  await list.open();
  await list.row(img).click();
  await expectText(page.getByTestId('customer-name'), img);
  await expectText(page.getByTestId('note').first(), new RegExp(script.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')));
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.locator('main img, main script').count(), 0);
});
