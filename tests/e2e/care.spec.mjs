// Customer care end to end, clicked like the owner: a complaint from LINE answered with the
// apology template and an apology coupon, the coupon redeemed once at the next visit, the
// follow-up question on the today list after the resolution; a short walk flagged at once
// with its remedy; and the today list with the right people in the right order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  customerRecord,
  expectCount,
  expectText,
  has,
  open,
  seedCustomers,
  seedTickets,
  seedVisits,
  ticketRecord,
  useApp,
  visitRecord,
} from './support/app.mjs';

const app = useApp();

const HANAKO = customerRecord(1, {
  name: '山田 花子',
  reading: 'ヤマダ ハナコ',
  phones: ['090-1234-5678'],
  email: 'hanako@example.jp',
  household: ['ポチ(柴犬・8歳)'],
});
const TARO = customerRecord(2, { name: '佐藤 太郎', reading: 'サトウ タロウ' });
const JIRO = customerRecord(3, { name: '鈴木 次郎', reading: 'スズキ ジロウ' });

/** A `datetime-local` value `hours` hours before now, in the browser's time zone. */
async function hoursAgo(page, hours) {
  return page.evaluate((hours) => {
    const d = new Date(Date.now() - hours * 3_600_000);
    const pad = (n) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
  }, hours);
}

async function recordVisit(page, { items, booked = '', delivered = '', coupon = false }) {
  await page.getByTestId('visit-new').click();
  await page.getByTestId('visit-amount').fill('3000');
  await page.getByTestId('visit-items').fill(items);
  await page.getByTestId('visit-booked').fill(booked);
  await page.getByTestId('visit-delivered').fill(delivered);
  if (coupon) await page.getByTestId('visit-coupon-choice').check();
  await page.getByTestId('visit-save').click();
  await page.getByTestId('visit-form').waitFor({ state: 'detached' });
}

test('a complaint from LINE: apology, coupon, redeemed once, then the follow-up question', async () => {
  const { page, url } = app;
  await open(page, url, '/');
  await seedCustomers(page, [HANAKO]);
  await open(page, url, `/customers/${HANAKO.id}`);

  // The complaint came by LINE five days ago.
  await page.getByTestId('ticket-new').click();
  await page.getByTestId('ticket-kind').selectOption('complaint');
  await page.getByTestId('ticket-channel').selectOption('line');
  await page.getByTestId('ticket-received').fill(await hoursAgo(page, 120));
  await page.getByTestId('ticket-description').fill('散歩が予約より短かった');
  await page.getByTestId('save').click();
  await page.getByTestId('ticket-detail').waitFor();

  // An apology coupon: the missing half hour, done again at no charge.
  await page.getByTestId('remedy-kind').selectOption('redo');
  await page.getByTestId('remedy-value').fill('30');
  await page.getByTestId('remedy-issue').click();
  await expectText(page.getByTestId('remedy-issued'), has('30分を無料で'));
  const code = (await page.getByTestId('remedy-issued').innerText()).trim().slice(0, 6);
  assert.match(code, /^[2-9A-HJ-NP-Z]{6}$/);

  // The apology template, filled in for her, with the coupon and its end date.
  await page.getByTestId('ticket-template').selectOption({ label: 'お詫びとお詫びのしるし' });
  const message = await page.getByTestId('ticket-step-text').inputValue();
  assert.match(message, /^山田 花子様/);
  assert.match(message, new RegExp(`30分を無料で（${code}）`));
  assert.match(message, /まで有効/);
  await expectText(page.getByTestId('template-missing'), has('{shop}'));
  await page.getByTestId('ticket-step-channel').selectOption('line');
  await page.getByTestId('ticket-step-when').fill(await hoursAgo(page, 119));
  await page.getByTestId('ticket-respond').click();
  await expectText(page.getByTestId('ticket-events'), has('LINEで返信'));
  await page.getByTestId('ticket-step-when').fill(await hoursAgo(page, 96));
  await page.getByTestId('ticket-resolve').click();
  await expectText(page.getByTestId('ticket-status'), '解決');

  // The next visit redeems it; it cannot be chosen again.
  await page.getByTestId('ticket-customer-link').click();
  await expectText(page.getByTestId('coupons-usable'), has(code));
  await recordVisit(page, { items: '散歩', booked: '60', delivered: '60', coupon: true });
  await expectText(page.getByTestId('coupons-past'), has('使用済み'));
  await expectCount(page.getByTestId('coupons-usable').locator('li'), 0);
  await expectText(page.getByTestId('visit').first(), has(code));
  await page.getByTestId('visit-new').click();
  await expectCount(page.getByTestId('visit-coupon-choice'), 0);

  // Everything on one timeline, each with its channel, the visit newest.
  const timeline = page.getByTestId('timeline-card');
  for (const line of ['苦情を受付（LINE）', '返信（LINE）', '解決', `クーポン発行: ${code}`, `クーポン使用: ${code}`]) {
    await expectText(timeline, has(line));
  }
  const moments = await page.getByTestId('timeline-moment').allInnerTexts();
  assert.match(moments.at(-1), /苦情を受付（LINE）/, 'the complaint is the oldest');

  // Three days after the resolution, the today list asks whether it was put right.
  await page.getByTestId('nav-today').click();
  await expectText(page.getByTestId('today-list'), has('苦情の解決後の満足度の確認'));
  const item = page.getByTestId('today-item').filter({ hasText: '満足度の確認' });
  await expectText(item.getByTestId('today-name'), '山田 花子');
  const mail = await item.getByTestId('today-email').getAttribute('href');
  assert.match(mail, /^mailto:hanako@example\.jp\?subject=/);
  assert.match(decodeURIComponent(mail), /その後、ご指摘の点は改善されておりますでしょうか/);
  assert.equal(await item.getByTestId('today-call').getAttribute('href'), 'tel:09012345678');
  await item.getByTestId('today-done').click();
  await expectText(page.getByTestId('today-none'), '今日、対応が必要な方はいません。');
  await page.reload();
  await expectText(page.getByTestId('today-none'), '今日、対応が必要な方はいません。');
});

test('a short walk is flagged at once with its remedy, and today lists people in order', async () => {
  const { page, url } = app;
  await open(page, url, '/');
  await seedCustomers(page, [HANAKO, TARO, JIRO]);
  await seedTickets(page, [
    ticketRecord(1, JIRO, 'inquiry', 50, '予約の変更はできますか', 'phone'),
    ticketRecord(2, TARO, 'complaint', 30, 'トリミングの仕上がりが違う'),
  ]);
  await open(page, url, `/customers/${HANAKO.id}`);
  await recordVisit(page, { items: '60分散歩', booked: '60', delivered: '30' });
  await expectText(page.getByTestId('visit-short-detail'), has('予約60分のうち30分短い（50%）'));
  await expectText(page.getByTestId('visit-short-detail'), has('おすすめのお詫び: 30分を無料で'));

  // The complaint first though it is later due, then the inquiry, then the short walk.
  await page.getByTestId('nav-today').click();
  await expectCount(page.getByTestId('today-item'), 3);
  const names = await page.getByTestId('today-name').allInnerTexts();
  assert.deepEqual(names, ['佐藤 太郎', '鈴木 次郎', '山田 花子']);
  const reasons = await page.getByTestId('today-reason').allInnerTexts();
  assert.match(reasons[0], /^苦情の初回返信が期限切れ/);
  assert.match(reasons[1], /^問い合わせの初回返信が期限切れ/);
  assert.match(reasons[2], /来店が予約より短かった/);

  // Issuing the remedy from the visit takes her off the list.
  await page.getByTestId('today-item').nth(2).getByTestId('today-open').click();
  await page.getByTestId('visit-issue-remedy').click();
  await expectText(page.getByTestId('visit-remedy-issued'), has('30分を無料で'));
  await page.getByTestId('nav-today').click();
  await expectCount(page.getByTestId('today-item'), 2);
});

test('ten stamped visits earn a reward, issued by the owner and usable once', async () => {
  const { page, url } = app;
  await open(page, url, '/');
  await seedCustomers(page, [HANAKO]);
  // Ten visits of ¥800 (each earns a stamp) and one of ¥300 (below the ¥500 that earns one).
  const visits = Array.from({ length: 10 }, (_, i) => visitRecord(i + 1, HANAKO, 40 - 3 * i, 800, ['カフェラテ']));
  visits.push(visitRecord(11, HANAKO, 1, 300, ['クッキー']));
  await seedVisits(page, visits);
  await open(page, url, `/customers/${HANAKO.id}`);
  const card = page.getByTestId('loyalty-card');
  await expectText(card, has('スタンプ 0/10（これまで10個）'));
  await expectText(card, has('これまでの特典 1回'));
  await expectText(card, has('発行できる特典: 500円引き'));
  await page.getByTestId('loyalty-issue').click();
  await expectText(page.getByTestId('coupons-usable'), has('500円引き'));
  await expectCount(page.getByTestId('loyalty-issue'), 0);
  // Issuing again is not offered, even after a reload: the reward is the same record.
  await page.reload();
  await page.getByTestId('loyalty-card').waitFor();
  await expectCount(page.getByTestId('loyalty-issue'), 0);
  await expectCount(page.getByTestId('coupons-usable').locator('li'), 1);
});

test('the shop name, opening hours and targets are set in settings, and checked', async () => {
  const { page, url } = app;
  await open(page, url, '/settings');
  const form = page.getByTestId('care-settings');
  // Wednesday closing before it opens, and a target of zero hours, are refused.
  await page.getByTestId('hours-to-2').fill('08:00');
  await page.getByTestId('target-hours-complaint').fill('0');
  await page.getByTestId('care-save').click();
  await expectText(page.getByTestId('care-errors'), has('水の時間を確かめてください'));
  await expectText(page.getByTestId('care-errors'), has('苦情の目安は1時間以上の整数で'));
  await page.getByTestId('hours-to-2').fill('18:00');
  await page.getByTestId('target-hours-complaint').fill('1');
  await page.getByTestId('shop-name').fill('ポチの散歩屋');
  await page.getByTestId('hours-open-6').check();
  await page.getByTestId('care-save').click();
  await expectCount(page.getByTestId('care-errors').locator('li'), 0);
  await page.reload();
  await form.waitFor();
  assert.equal(await page.getByTestId('shop-name').inputValue(), 'ポチの散歩屋');
  assert.equal(await page.getByTestId('target-hours-complaint').inputValue(), '1');
  assert.equal(await page.getByTestId('hours-open-6').isChecked(), true);

  // A template of her own: an unknown placeholder is named before anything is kept.
  await page.getByTestId('template-purpose').selectOption('apology');
  await page.getByTestId('template-title').fill('遅刻のお詫び');
  await page.getByTestId('template-body').fill('{name}様、{nickname}');
  await page.getByTestId('template-save').click();
  await expectText(page.getByTestId('templates-card'), has('知らない差し込み {nickname} があります'));
  await expectCount(page.getByTestId('template-own'), 0);
  await page.getByTestId('template-body').fill('{name}様\n本日は遅れてしまい申し訳ございません。{shop}');
  await page.getByTestId('template-save').click();
  await expectCount(page.getByTestId('template-own'), 1);

  // The shop name now signs the templates, and her own comes first.
  await seedCustomers(page, [HANAKO]);
  await open(page, url, `/customers/${HANAKO.id}/tickets/new`);
  await page.getByTestId('ticket-kind').selectOption('complaint');
  await page.getByTestId('ticket-description').fill('遅刻');
  await page.getByTestId('save').click();
  await page.getByTestId('ticket-detail').waitFor();
  const titles = await page.getByTestId('ticket-template').locator('option').allInnerTexts();
  assert.equal(titles[1], '遅刻のお詫び', 'the owner\'s own template first');
  await page.getByTestId('ticket-template').selectOption({ label: '遅刻のお詫び' });
  assert.equal(await page.getByTestId('ticket-step-text').inputValue(), '山田 花子様\n本日は遅れてしまい申し訳ございません。ポチの散歩屋');
  await page.getByTestId('ticket-template').selectOption({ label: 'お詫び' });
  assert.match(await page.getByTestId('ticket-step-text').inputValue(), /ポチの散歩屋$/);
  await expectCount(page.getByTestId('template-missing'), 0);
});

test('the owner changes the stamp card: eight stamps for a free coffee', async () => {
  const { page, url } = app;
  await open(page, url, '/settings');
  await page.getByTestId('rules-stamps').fill('0');
  await page.getByTestId('rules-save').click();
  await expectText(page.getByTestId('rules-errors'), has('特典までのスタンプ数'));
  await page.getByTestId('rules-stamps').fill('8');
  await page.getByTestId('rules-reward').selectOption('free_part');
  await page.getByTestId('rules-reward-value').fill('ドリップコーヒー');
  await page.getByTestId('rules-save').click();
  await expectText(page.getByTestId('rules-errors'), '');
  await seedCustomers(page, [TARO]);
  await seedVisits(page, Array.from({ length: 8 }, (_, i) => visitRecord(i + 1, TARO, 30 - 3 * i, 600, ['カフェラテ'])));
  await open(page, url, `/customers/${TARO.id}`);
  await expectText(page.getByTestId('loyalty-card'), has('スタンプ 0/8（これまで8個）'));
  await expectText(page.getByTestId('loyalty-card'), has('発行できる特典: ドリップコーヒー無料'));
});

test('the owner asks for check-ins the day after a visit, and today follows', async () => {
  const { page, url } = app;
  await open(page, url, '/');
  await seedCustomers(page, [TARO]);
  await seedVisits(page, [visitRecord(1, TARO, 1, 2000, ['カット'])]);
  await open(page, url, '/today');
  await expectText(page.getByTestId('today-none'), '今日、対応が必要な方はいません。');
  await open(page, url, '/settings');
  await page.getByTestId('follow-check-in-days').fill('0');
  await page.getByTestId('follow-save').click();
  await expectText(page.getByTestId('follow-errors'), has('来店の何日後に様子伺い'));
  await page.getByTestId('follow-check-in-days').fill('1');
  await page.getByTestId('closed-days').fill('2026-12-31\n大晦日');
  await page.getByTestId('care-save').click();
  await expectText(page.getByTestId('care-errors'), has('日付として読めません: 大晦日'));
  await page.getByTestId('follow-save').click();
  await expectText(page.getByTestId('follow-errors'), '');
  await page.getByTestId('nav-today').click();
  await expectText(page.getByTestId('today-reason'), has('来店後の様子伺い'));
  await expectText(page.getByTestId('today-name'), '佐藤 太郎');
});
