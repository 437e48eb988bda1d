import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const p = await b.newPage();
p.on('console', m => console.log('console', m.type(), m.text()));
p.on('pageerror', e => console.log('pageerror', e.message));
let bytes = 0; p.on('response', async r => { try { const body = await r.body(); bytes += body.length; console.log('resp', r.url().replace(/.*mirror\/cet\//,''), body.length);} catch {} });
for (const [lang,q] of [['en','risk-limiting audit'],['ar','تدقيق']]) {
  await p.goto(`http://127.0.0.1:4530/mirror/cet/base/${lang}/search.html?q=${encodeURIComponent(q)}`);
  await p.waitForSelector('.search-result', { timeout: 10000 }).catch(()=>{});
  console.log(lang, await p.locator('[data-search-status]').textContent(), (await p.locator('.search-result bdi').allTextContents()).join(' '));
  await p.screenshot({ path: `test-results/search-${lang}.png`, fullPage: false });
  await p.goto(`file://${process.cwd()}/dist/base/${lang}/search.html?q=${encodeURIComponent(q)}`);
  await p.waitForSelector('.search-result', { timeout: 10000 }).catch(()=>{});
  console.log('file', lang, await p.locator('[data-search-status]').textContent(), (await p.locator('.search-result bdi').allTextContents()).join(' '));
}
await b.close();
