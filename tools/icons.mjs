// `make icons`: renders the PNG app icons from public/icon.svg and public/icon-maskable.svg
// with Debian's Chromium. The PNGs are committed; run this again only when the artwork changes.
// The maskable icon keeps its rings inside the central 80 % circle that launchers never crop.
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';

const ICONS = [
  { source: 'public/icon.svg', target: 'public/icon-192.png', size: 192 },
  { source: 'public/icon.svg', target: 'public/icon-512.png', size: 512 },
  { source: 'public/icon-maskable.svg', target: 'public/icon-maskable-512.png', size: 512 },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
for (const { source, target, size } of ICONS) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const svg = (await readFile(source, 'utf8')).replace('<svg ', `<svg width="${size}" height="${size}" `);
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block}</style>${svg}`);
  await page.screenshot({ path: target, omitBackground: true });
  await page.close();
  console.log(`${target} (${size}×${size})`);
}
await browser.close();
