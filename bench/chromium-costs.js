#!/usr/bin/env node
// What Chromium spends on the browser tests' kinds of work: the busy CPU-seconds of the whole machine (/proc/stat; run it
// on a quiet machine) for N page loads of a built site from file://, opened in a new context each, a new tab each, or
// one tab; then axe-core over N pages in one tab, if tests/.tools holds it (scripts/test.sh installs it).
// Usage: node bench/chromium-costs.js SITE_FOLDER [N] [extra Chromium flags...]
// SITE_FOLDER is a build's output (dotnet run -c Release -- build --output /tmp/site). playwright-core comes from
// bench/.tools/, as for search-bytes.js (bench/compare.sh installs it; or: cd bench/.tools && npm install playwright-core).
const fs = require('fs');
const path = require('path');
const { chromium } = require(path.join(__dirname, '.tools', 'node_modules', 'playwright-core'));

const [site, count = '20', ...flags] = process.argv.slice(2);
if (!site) { console.error('usage: chromium-costs.js SITE_FOLDER [N] [flags...]'); process.exit(2); }
const n = Number(count);
const pages = ['en/index.html', 'en/guides/websites/index.html', 'en/guides/websites/accessible-websites/index.html',
  'en/case-studies/index.html', 'en/about/index.html', 'fr/index.html', 'en/tags/accessibility/index.html', 'en/search/index.html']
  .map(p => 'file://' + path.resolve(site, p));
const axePath = path.join(__dirname, '..', 'tests', '.tools', 'node_modules', 'axe-core', 'axe.min.js');

function busySeconds() {
  const f = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  return (f[0] + f[1] + f[2] + f[5] + f[6] + f[7]) / 100;
}

async function measure(name, work) {
  const before = busySeconds();
  await work();
  const spent = busySeconds() - before;
  console.log(`${name.padEnd(34)} ${spent.toFixed(2)} CPU-s, ${(spent / n).toFixed(3)} per page`);
}

(async () => {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', ...flags],
  });
  await measure('a new context per page', async () => {
    for (let i = 0; i < n; i++) { const c = await browser.newContext(); const p = await c.newPage(); await p.goto(pages[i % pages.length]); await c.close(); }
  });
  await measure('a new tab per page, one context', async () => {
    const c = await browser.newContext();
    for (let i = 0; i < n; i++) { const p = await c.newPage(); await p.goto(pages[i % pages.length]); await p.close(); }
    await c.close();
  });
  await measure('a new tab per page, not loaded', async () => {
    const c = await browser.newContext();
    for (let i = 0; i < n; i++) { const p = await c.newPage(); await p.close(); }
    await c.close();
  });
  await measure('one tab, every page', async () => {
    const c = await browser.newContext(); const p = await c.newPage();
    for (let i = 0; i < n; i++) await p.goto(pages[i % pages.length]);
    await c.close();
  });
  if (fs.existsSync(axePath)) {
    const axe = fs.readFileSync(axePath, 'utf8');
    await measure('one tab, every page with axe-core', async () => {
      const c = await browser.newContext(); const p = await c.newPage();
      for (let i = 0; i < n; i++) {
        await p.goto(pages[i % pages.length]);
        await p.addScriptTag({ content: axe });
        await p.evaluate(async () => (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })).violations.length);
      }
      await c.close();
    });
  }
  await browser.close();
})();
