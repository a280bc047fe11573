// Every main page passes axe-core with no serious or critical violation, in both languages and
// in light and dark mode; and the whole app can be used with the keyboard alone.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { expectText, useApp } from './support/app.mjs';
import { bookWithCustomers, MAIN_PAGES } from './support/tour.mjs';

const AXE = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const GRAVE = new Set(['serious', 'critical']);

/** axe's findings on what `page` shows now, as readable lines. */
async function audit(page) {
  // Evaluated through the DevTools protocol, so the page's own script policy does not apply.
  await page.evaluate(AXE);
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } }),
  );
  const grave = result.violations
    .filter((v) => GRAVE.has(v.impact))
    .flatMap((v) => v.nodes.map((n) => `${v.impact} ${v.id}: ${n.target.join(' ')} — ${n.failureSummary.split('\n')[1] ?? ''}`));
  const minor = result.violations.filter((v) => !GRAVE.has(v.impact)).map((v) => `${v.impact} ${v.id}`);
  return { grave, minor, passes: result.passes.length };
}

for (const [locale, lang] of [['ja-JP', 'ja'], ['en-US', 'en']]) {
  describe(`axe-core, ${lang}`, () => {
    const app = useApp({ locale });
    for (const scheme of ['light', 'dark']) {
      test(`every main page, ${scheme}`, async () => {
        const { page, url } = app;
        await page.emulateMedia({ colorScheme: scheme });
        await bookWithCustomers(page, url);
        const report = [];
        for (const { name, visit } of MAIN_PAGES) {
          await visit(page, url);
          await page.waitForTimeout(150);
          const { grave, minor, passes } = await audit(page);
          console.log(`axe ${lang} ${scheme} ${name}: ${grave.length} serious/critical, minor [${minor.join(', ')}], ${passes} rules passed`);
          report.push(...grave.map((line) => `${name}: ${line}`));
        }
        assert.deepEqual(report, []);
      });
    }
  });
}

describe('the audit itself', () => {
  const app = useApp({ locale: 'ja-JP' });

  test('finds an unlabelled input and pale text when they are there', async () => {
    const { page, url } = app;
    await bookWithCustomers(page, url);
    assert.deepEqual((await audit(page)).grave, []);
    await page.evaluate(() => {
      const main = document.querySelector('main');
      main.append(document.createElement('input'));
      const pale = document.createElement('p');
      pale.textContent = '薄い文字';
      pale.style.color = '#dddddd';
      main.append(pale);
    });
    const found = (await audit(page)).grave.map((line) => line.split(':')[0]);
    assert.ok(found.includes('critical label'), `label missing is found (${found})`);
    assert.ok(found.includes('serious color-contrast'), `low contrast is found (${found})`);
  });
});

describe('keyboard only', () => {
  const app = useApp({ locale: 'ja-JP' });

  /** Presses Tab until the focused element matches `selector` (at most `limit` times). */
  async function tabTo(page, selector, limit = 40) {
    for (let i = 0; i < limit; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    }
    assert.fail(`Tab never reached ${selector}`);
  }

  test('adds a customer and finds them again without a pointer, with the focus always visible', async () => {
    const { page, url } = app;
    await bookWithCustomers(page, url);
    // The first Tab offers to skip the navigation.
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'skip-link');
    const skip = await page.getByTestId('skip-link').boundingBox();
    assert.ok(skip.y >= 0 && skip.height >= 44, 'the skip link shows when focused');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement.tagName), 'MAIN');
    await tabTo(page, '[data-testid=search]');

    await page.reload();
    await page.getByRole('main').waitFor();
    await tabTo(page, '[data-testid=nav-new]');
    const ring = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    assert.notEqual(ring, 'none', 'the focused link shows a ring');
    await page.keyboard.press('Enter');
    await tabTo(page, '#name');
    await page.keyboard.type('鍵盤 操作');
    await tabTo(page, '[data-testid=save]');
    await page.keyboard.press('Enter');
    await expectText(page.getByTestId('customer-name'), '鍵盤 操作');

    await tabTo(page, '[data-testid=nav-customers]');
    await page.keyboard.press('Enter');
    await tabTo(page, '[data-testid=search]');
    await page.keyboard.type('鍵盤');
    await tabTo(page, '[data-testid=customer-row] a, a[data-testid=customer-row]');
    await page.keyboard.press('Enter');
    await expectText(page.getByTestId('customer-name'), '鍵盤 操作');
  });
});
