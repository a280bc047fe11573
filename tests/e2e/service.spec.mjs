// Service parts and customization, clicked through like the owner would: build parts, a
// choice group and a set menu; note a customer's needs; read the offer and its reasons; print
// and share the proposal; and plan the week's minutes for the customers expected.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import {
  customerRecord,
  expectCount,
  expectText,
  has,
  open,
  seedCustomers,
  seedVisits,
  useApp,
  visitRecord,
} from './support/app.mjs';
import { addCustomer } from './support/pages.mjs';

const app = useApp();


async function addPart(page, url, { name, category, minutes, price, cost, needs }) {
  await open(page, url, '/catalog/parts/new');
  await page.getByTestId('part-name').fill(name);
  await page.getByTestId('part-category').fill(category);
  await page.getByTestId('part-minutes').fill(minutes);
  await page.getByTestId('part-price').fill(price);
  await page.getByTestId('part-cost').fill(cost);
  for (const [i, [need, strength]] of needs.entries()) {
    if (i > 0) await page.getByTestId('add-need').click();
    await page.getByTestId(`need-${i}`).fill(need);
    await page.getByTestId(`strength-${i}`).selectOption(String(strength));
  }
  await page.getByTestId('save').click();
  await page.getByTestId('parts').getByRole('link', { name }).waitFor();
}

test('parts, a group and a set menu make an offer with reasons, a proposal and its print view', async () => {
  const { page, url } = app;
  await open(page, url, '/catalog');
  await page.getByTestId('catalog-empty').waitFor();

  // A bad part is explained and nothing is saved.
  await open(page, url, '/catalog/parts/new');
  await page.getByTestId('part-minutes').fill('九十');
  await page.getByTestId('save').click();
  await expectText(page.getByTestId('part-name-error'), has('入力してください'));
  await expectText(page.getByTestId('part-minutes-error'), has('0〜1440の整数で入力してください'));

  await addPart(page, url, {
    name: '長い散歩', category: '散歩', minutes: '60', price: '3,000', cost: '500',
    needs: [['たっぷり運動', 100], ['においかぎ', 50]],
  });
  await addPart(page, url, {
    name: '短い散歩', category: '散歩', minutes: '30', price: '1800', cost: '300',
    needs: [['たっぷり運動', 25]],
  });
  await addPart(page, url, {
    name: 'ブラッシング', category: 'お手入れ', minutes: '15', price: '800', cost: '50',
    needs: [['毛並み', 100]],
  });

  // A group: one walk length, always.
  await open(page, url, '/catalog/groups/new');
  await page.getByTestId('group-name').fill('散歩の長さ');
  await page.getByRole('radio', { name: '必ず一つ' }).check();
  await page.getByTestId('save').click();
  for (const walk of ['長い散歩', '短い散歩']) {
    await page.getByTestId('parts').getByRole('link', { name: walk }).click();
    await page.getByTestId('part-group').selectOption({ label: '散歩の長さ' });
    await page.getByTestId('save').click();
    await page.getByTestId('groups').waitFor();
  }
  await expectText(page.getByTestId('groups'), has('必ず一つ · 部品 2件'));

  // A set menu sold for the sum of its parts.
  await open(page, url, '/catalog/menus/new');
  await page.getByTestId('menu-name').fill('いつものお散歩');
  await page.getByTestId('menu-parts').getByRole('checkbox', { name: /短い散歩/ }).check();
  await page.getByTestId('menu-parts').getByRole('checkbox', { name: /ブラッシング/ }).check();
  await expectText(page.getByText(/空欄なら部品の合計/), has('2,600円'));
  await page.getByTestId('save').click();
  await expectText(page.getByTestId('menus'), has('いつものお散歩'));
  await expectText(page.getByTestId('menus'), has('部品 2件・45分・2,600円'));
  await mkdir('tests/e2e/artifacts', { recursive: true });
  await page.screenshot({ path: 'tests/e2e/artifacts/catalog.png', fullPage: true });

  // Deleting a part takes it out of the menu too; undo brings both back.
  await page.getByTestId('parts').getByRole('link', { name: 'ブラッシング' }).click();
  await page.getByTestId('delete').click();
  await expectText(page.getByTestId('menus'), has('部品 1件・30分・1,800円'));
  await page.getByTestId('toast').filter({ hasText: 'ブラッシングを削除しました' }).getByTestId('toast-action').click();
  await expectText(page.getByTestId('menus'), has('部品 2件・45分・2,600円'));
  await page.reload();
  await expectText(page.getByTestId('menus'), has('部品 2件・45分・2,600円'));

  // A customer's needs.
  await addCustomer(page, url, { name: '犬山 ハナ' });
  await expectText(page.getByTestId('needs-summary'), has('まだ何もありません'));
  await page.getByTestId('edit-needs').click();
  await page.locator('[data-need="たっぷり運動"]').selectOption('love');
  await page.locator('[data-need="毛並み"]').selectOption('dislike');
  await page.getByTestId('budget').fill('２０００');
  await page.getByTestId('save').click();
  await expectText(page.getByTestId('needs-summary'), has('たっぷり運動: 大好き'));

  // Within ¥2,000 the long walk does not fit: the short one is best, no brushing.
  await expectText(page.getByTestId('offer-best'), has('短い散歩'));
  assert.doesNotMatch(await page.getByTestId('offer-best').innerText(), /ブラッシング|長い散歩/);
  await expectText(page.getByTestId('offer-best'), has('たっぷり運動（大好き）'));
  await expectText(page.getByTestId('offer-totals'), has('1,800円・30分'));

  // A bigger budget: the long walk, for the loved exercise.
  await page.getByTestId('edit-needs').click();
  await page.getByTestId('budget').fill('5000');
  await page.getByTestId('save').click();
  await expectText(page.getByTestId('offer-totals'), has('3,000円・60分'));
  await expectText(page.getByTestId('offer-best'), has('長い散歩'));
  assert.ok((await page.getByTestId('offer-alternative').count()) >= 1);

  // Too small a budget: explained, not an empty offer.
  await page.getByTestId('edit-needs').click();
  await page.getByTestId('budget').fill('1000');
  await page.getByTestId('save').click();
  await expectText(page.getByTestId('offer-impossible'), has('1,800円'));
  await page.getByTestId('edit-needs').click();
  await page.getByTestId('budget').fill('');
  await page.getByTestId('save').click();
  await expectText(page.getByTestId('offer-totals'), has('3,000円・60分'));

  // The proposal sheet: on screen, printed (A4, no navigation), and shared as text.
  await page.getByTestId('open-proposal').click();
  await expectText(page.getByTestId('proposal-for'), has('犬山 ハナさま'));
  await expectText(page.getByTestId('proposal-parts'), has('長い散歩'));
  await expectText(page.getByTestId('proposal-total'), has('3,000円'));
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('nav.nav').isVisible(), false);
  assert.equal(await page.getByTestId('print').isVisible(), false);
  assert.ok(await page.getByTestId('proposal').isVisible());
  const pdf = await page.pdf({ format: 'A4', path: 'tests/e2e/artifacts/proposal.pdf' });
  assert.ok(pdf.length > 1000);
  await page.screenshot({ path: 'tests/e2e/artifacts/proposal-print.png', fullPage: true });
  await page.emulateMedia({ media: 'screen' });
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate(() => { delete Navigator.prototype.share; });
  await page.getByTestId('share').click();
  await page.getByTestId('toast').filter({ hasText: '提案をコピーしました' }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(copied, /犬山 ハナさま/);
  assert.match(copied, /長い散歩 — たっぷり運動（大好き）/);
  assert.match(copied, /合計: 3,000円・60分/);

  // Needs and the catalog survive a reload.
  await page.reload();
  await expectText(page.getByTestId('proposal-total'), has('3,000円'));
});

test('a week is planned for the customers expected, with what 60 more minutes buy', async () => {
  const { page, url } = app;
  await open(page, url, '/catalog');
  await page.getByTestId('sample-dog_walking').click();
  await page.getByTestId('toast').filter({ hasText: '見本を追加しました' }).waitFor();
  await page.getByTestId('menus').waitFor();

  // Three regulars due this week (every 10 days, last seen 9 days ago), one not due.
  const people = [1, 2, 3, 4].map((n) => customerRecord(n, { name: `常連 ${n}` }));
  await seedCustomers(page, people);
  const visits = [];
  let v = 1;
  for (const [i, person] of people.entries()) {
    const last = i < 3 ? 9 : 1;
    for (const back of [20, 10, 0]) visits.push(visitRecord(v++, person, last + back, 3000 + 1000 * i));
  }
  await seedVisits(page, visits);

  await open(page, url, '/plan');
  await expectCount(page.getByTestId('plan-row'), 3);
  await page.getByTestId('plan-minutes').fill('10000');
  await page.getByTestId('plan-minutes').dispatchEvent('change');
  await expectText(page.getByTestId('plan-status'), has('来店予定の全員に標準以上を出せます'));
  await expectText(page.getByTestId('plan-used'), has('10000分のうち'));

  // Too few minutes for everyone: said so, with the minutes it would take.
  await page.getByTestId('plan-minutes').fill('30');
  await page.getByTestId('plan-minutes').dispatchEvent('change');
  await expectText(page.getByTestId('plan-status'), /全員は入りません: \d人を見送り。全員に出すには\d+分必要です/);
  await page.screenshot({ path: 'tests/e2e/artifacts/plan.png', fullPage: true });
  await expectText(page.getByTestId('plan-more'), has('あと60分あれば'));
  await expectText(page.getByTestId('plan-row').filter({ hasText: '見送り' }).first(), has('見送り'));
  await page.screenshot({ path: 'tests/e2e/artifacts/plan.png', fullPage: true });

  // The inputs are kept.
  await page.reload();
  assert.equal(await page.getByTestId('plan-minutes').inputValue(), '30');
});
