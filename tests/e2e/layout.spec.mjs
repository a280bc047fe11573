// On a 360×640 phone the navigation sits at the bottom and every control is large enough to
// tap; on a desktop the same screens use a side bar.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { open, useApp } from './support/app.mjs';
import { addCustomer } from './support/pages.mjs';

const MIN_TAP = 44;

async function tooSmall(page) {
  return page.evaluate((min) => {
    const controls = [...document.querySelectorAll('a, button, input, select, textarea')];
    // An input inside a label is tapped through its label, so the label is what must be large.
    return controls
      .filter((el) => el.offsetParent !== null && !el.classList.contains('visually-hidden'))
      .map((el) => ({ el, box: (el.closest('label') ?? el).getBoundingClientRect() }))
      .filter(({ box }) => box.height < min || box.width < min)
      .map(({ el, box }) => `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''} "${el.textContent.trim().slice(0, 20)}" ${Math.round(box.width)}×${Math.round(box.height)}`);
  }, MIN_TAP);
}

describe('on a phone', () => {
  const app = useApp({ viewport: { width: 360, height: 640 } });

  test('bottom navigation and large tap targets on every screen', async () => {
    const { page, url } = app;
    await addCustomer(page, url, { name: '小林 八重', phones: ['090-1234-5678'], email: 'yae@example.jp', tags: '常連' });
    for (const path of ['/', '/customers/new', '/settings', page.url().replace(url, '')]) {
      await open(page, url, path);
      const nav = await page.getByRole('navigation').boundingBox();
      assert.ok(nav.y + nav.height >= 640 - 1 && nav.y >= 640 - 90, `nav at the bottom on ${path}`);
      assert.deepEqual(await tooSmall(page), [], `tap targets on ${path}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(overflow <= 360, `no sideways scrolling on ${path} (${overflow}px)`);
    }
  });
});

describe('on a desktop', () => {
  const app = useApp({ viewport: { width: 1280, height: 800 } });

  test('the navigation is a side bar', async () => {
    const { page, url } = app;
    await open(page, url);
    const nav = await page.getByRole('navigation').boundingBox();
    assert.ok(nav.x < 20 && nav.width < 300 && nav.height > 3 * 44, `a side bar on the left, got ${JSON.stringify(nav)}`);
    const main = await page.getByRole('main').boundingBox();
    assert.ok(main.x >= nav.x + nav.width, 'the page sits beside the side bar');
  });
});
