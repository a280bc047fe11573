// Feedback and the learning relationship, clicked through like the owner and the customer
// would: the phone handed over after a visit, the ratings changing the next offer and showing
// what was learned, the complaint answered, feedback by phone recorded, and the figures.
import { test } from 'node:test';
import assert from 'node:assert/strict';
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

const app = useApp();


const HANAKO = customerRecord(1, {
  name: '山田 花子',
  reading: 'ヤマダ ハナコ',
  needs: { preferences: { '甘いもの': 'like' } },
});
const detail = `/customers/${HANAKO.id}`;

async function withCafe(page, url) {
  await open(page, url, '/catalog');
  await page.getByTestId('sample-cafe').click();
  await page.getByTestId('menus').waitFor();
  await seedCustomers(page, [HANAKO]);
  await seedVisits(page, [visitRecord(1, HANAKO, 0, 980, ['オレンジジュース', '厚切りトースト'])]);
}

test('feedback handed over changes the next offer, and the complaint is answered', async () => {
  const { page, url } = app;
  await withCafe(page, url);
  await open(page, url, detail);
  const best = page.getByTestId('offer-best');
  await expectText(best, has('オレンジジュース'));
  await expectText(page.getByTestId('learned'), has('まだ評価がない'));

  // The phone is handed to the customer: nothing else of the app is on the screen.
  await page.getByTestId('hand-over-open').click();
  await page.getByTestId('hand-over-form').waitFor();
  await expectCount(page.getByTestId('nav-customers'), 0);
  assert.equal(await page.getByText('山田').count(), 0, 'the customer name is not shown');
  await expectText(page.getByTestId('thumb-part-0'), 'オレンジジュース');
  await expectText(page.getByTestId('thumb-part-1'), '厚切りトースト');

  // Sending nothing asks for an answer and records nothing.
  await page.getByTestId('hand-over-send').click();
  await expectText(page.getByTestId('hand-over-error'), has('どれか一つ'));

  await page.getByTestId('sat-2').click();
  await page.getByTestId('thumb-down-0').click();
  await page.getByTestId('thumb-up-1').click();
  await page.getByTestId('recommend-5').click();
  // Pressing a chosen answer again takes it back; pressing another replaces it.
  await page.getByTestId('recommend-5').click();
  assert.equal(await page.getByTestId('recommend-5').getAttribute('aria-pressed'), 'false');
  await page.getByTestId('recommend-4').click();
  await page.getByTestId('hand-over-comment').fill('ジュースが甘すぎました');
  await page.getByTestId('hand-over-send').click();
  await page.getByTestId('hand-over-thanks').waitFor();
  await page.getByTestId('hand-over-return').click();

  // Back on the customer's page: the offer has moved away from the juice, and says why.
  await expectCount(page.getByTestId('feedback-entry'), 1);
  await expectText(page.getByTestId('feedback-entry'), has('やや不満'));
  await expectText(page.getByTestId('feedback-waiting'), has('未返信 · 今日'));
  await expectText(best, /^(?![\s\S]*オレンジジュース)/);
  await expectText(page.getByTestId('learned'), has('評価1件から'));

  // The complaint waits on the feedback page until it is answered.
  await page.getByTestId('nav-feedback').click();
  await expectText(page.getByTestId('to-answer-count'), '1');
  await expectText(page.getByTestId('to-answer'), has('山田 花子'));
  await page.getByTestId('to-answer').getByTestId('feedback-answer').click();
  await page.getByTestId('answer-form').waitFor();
  await page.getByTestId('save').click();
  await expectText(page.getByTestId('answer-text-error'), has('入力してください'));
  await page.getByTestId('answer-text').fill('申し訳ありません。次回はお好みの甘さでお作りし、ドリンクを無料にいたします。');
  // Leaving the page by mistake keeps what was written.
  await page.getByTestId('nav-customers').click();
  await page.getByTestId('nav-feedback').click();
  await page.getByTestId('to-answer').getByTestId('feedback-answer').click();
  assert.match(await page.getByTestId('answer-text').inputValue(), has('ドリンクを無料に'));
  await page.getByTestId('answer-channel').selectOption('phone');
  await page.getByTestId('save').click();
  await page.getByTestId('to-answer-none').waitFor();
  await expectText(page.getByTestId('to-answer-count'), '0');

  // The figures count it, and say one answer is a small sample.
  await expectText(page.getByTestId('metrics-csat'), has('0%'));
  await expectText(page.getByTestId('metrics-nps'), has('-100'));
  await expectText(page.getByTestId('metrics-parts'), has('オレンジジュース'));
  await expectText(page.getByTestId('metrics'), has('件数が少なく'));

  // The customer's page shows the answer.
  await open(page, url, detail);
  await expectText(page.getByTestId('feedback-answered'), '返信済み');
  await expectText(page.getByTestId('feedback-entry'), has('電話で返信：申し訳ありません'));

  // It is all still there after a reload.
  await page.reload();
  await expectCount(page.getByTestId('feedback-entry'), 1);
  await expectText(page.getByTestId('learned'), has('評価1件から'));
});

test('feedback received by phone is recorded with its channel and waits for an answer', async () => {
  const { page, url } = app;
  await withCafe(page, url);
  await open(page, url, `${detail}/feedback/new`);
  await page.getByTestId('feedback-form').waitFor();
  // The latest visit is chosen, and its parts are asked about.
  await expectText(page.getByTestId('thumb-part-0'), 'オレンジジュース');
  await page.getByTestId('save').click();
  await expectText(page.getByTestId('feedback-form-error'), has('どれか一つ'));

  await page.getByTestId('feedback-visit').selectOption('');
  await expectCount(page.getByTestId('thumb-part-0'), 0);
  await page.getByTestId('feedback-channel').selectOption('phone');
  await page.getByTestId('feedback-comment').fill('駐車場の場所がわかりにくかった');
  await page.getByTestId('save').click();
  await page.getByTestId('feedback-card').waitFor();
  await expectText(page.getByTestId('feedback-entry'), has('電話'));
  await expectText(page.getByTestId('feedback-entry'), has('駐車場の場所'));
  await expectText(page.getByTestId('feedback-waiting'), has('未返信'));

  await page.getByTestId('nav-feedback').click();
  await expectText(page.getByTestId('to-answer-count'), '1');
  // A comment alone is not a rating: there are no figures yet beyond the count.
  await expectText(page.getByTestId('metrics-csat'), has('—'));
});
