#!/usr/bin/env node
// The bytes of English search index files a first query and a later distinct query load, in headless Chromium
// from file:// (as from an unzipped bundle), and the time to results with 4x CPU throttling.
// Usage: node bench/search-bytes.js SITE_DIR WORD1 WORD2
// Works for the single-file index (en/search/search-index.js) and the sharded one (the manifest plus
// en/search/index/*.js): every script under en/search/ except search.js itself counts as index.
'use strict';
const fs = require('fs');
const path = require('path');
const { pathToFileURL, fileURLToPath } = require('url');
const { chromium } = require(path.join(__dirname, '.tools', 'node_modules', 'playwright-core'));

const [site, first, second] = process.argv.slice(2);
if (!site || !first || !second) { console.error('usage: search-bytes.js SITE_DIR WORD1 WORD2'); process.exit(2); }
const page_ = path.resolve(site, 'en', 'search', 'index.html');
const searchDir = path.resolve(site, 'en', 'search') + path.sep;

function isIndex(url) {
  if (!url.startsWith('file:')) return false;
  const file = fileURLToPath(url.split('?')[0]);
  return file.startsWith(searchDir) && file.endsWith('.js') && path.basename(file) !== 'search.js';
}

async function settled(page, previous) {
  // Results are shown when the status line says something other than the prompt, and no script is pending.
  await page.waitForFunction((prev) => {
    const r = document.getElementById('sg-search-results');
    const s = r && r.querySelector('.search-status');
    if (!s || !s.textContent || s.textContent === r.getAttribute('data-prompt')) return false;
    return r.textContent !== prev;
  }, previous, { timeout: 20000, polling: 'raf' });
  const at = await page.evaluate(() => performance.now());
  await page.waitForTimeout(300); // let per-result shards that follow the list arrive (counted in bytes, not time)
  return { text: await page.$eval('#sg-search-results', (r) => r.textContent), at };
}

async function measure(throttle) {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium', headless: true, timeout: 60000,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--allow-file-access-from-files'],
  });
  try {
    const context = await browser.newContext();
    await context.route(/^(?!file:)/, (route) => route.abort()); // no network: only the files of the site
    const page = await context.newPage();
    if (throttle) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    }
    const loaded = new Set();
    page.on('request', (req) => { if (isIndex(req.url())) loaded.add(fileURLToPath(req.url().split('?')[0])); });
    const size = (files) => [...files].reduce((n, f) => n + fs.statSync(f).size, 0);
    const url = pathToFileURL(page_).href + '?q=' + encodeURIComponent(first);
        await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60000 });
    const r1 = await settled(page, '');
    const text1 = r1.text;
    const firstMs = r1.at; // from navigation start
    const firstFiles = new Set(loaded);
    loaded.clear();
    const t1 = await page.evaluate(() => performance.now());
    await page.fill('#sg-search-q', second);
    const secondMs = (await settled(page, text1)).at - t1;
    const secondFiles = new Set([...loaded].filter((f) => !firstFiles.has(f)));
    return { firstFiles, secondFiles, firstBytes: size(firstFiles), secondBytes: size(secondFiles), firstMs, secondMs, text1 };
  } finally {
    await browser.close();
  }
}

(async () => {
  const plain = await measure(false);
  const slow = await measure(true);
  const kb = (n) => (n / 1024).toFixed(1) + ' KB';
  console.log(`search first query "${first}": ${plain.firstFiles.size} index files, ${kb(plain.firstBytes)} (${plain.firstBytes} bytes)`);
  console.log(`search second query "${second}": ${plain.secondFiles.size} more files, ${kb(plain.secondBytes)} (${plain.secondBytes} bytes)`);
  console.log(`search status after the first query: ${plain.text1.slice(0, 80)}`);
  console.log(`search time, 4x CPU throttling: first query ${slow.firstMs.toFixed(0)} ms from navigation start to results shown, second query ${slow.secondMs.toFixed(0)} ms from typing (includes the page's 150 ms input debounce)`);
})().catch((e) => { console.error(e); process.exit(1); });
