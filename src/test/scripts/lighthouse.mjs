// Lighthouse (mobile) on a student's lesson and quiz page, and Chromium's own installability check.
// Run by lighthouse.sh, which installs lighthouse and puppeteer-core outside the repository and
// copies this file beside them (so that their names resolve). Arguments: base URL (ending in /),
// student username, password, lesson path, quiz path (a quiz's page; the script starts an attempt
// from it and measures the attempt's page, the questions), folder for the JSON reports. Prints one line per page and exits 1
// when a page is not installable.
import { writeFileSync } from 'node:fs';
import lighthouse from 'lighthouse';
import puppeteer from 'puppeteer-core';

const [base, username, password, lessonPath, quizPath, reports] = process.argv.slice(2);
const origin = new URL(base).origin;
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});
let failed = false;
try {
  const page = await browser.newPage();
  await page.goto(base + 'login.xhtml');
  await page.type('#login\\:username', username);
  await page.type('#login\\:password', password);
  await Promise.all([page.waitForNavigation(), page.click('#login\\:submit')]);
  if (new URL(page.url()).pathname.endsWith('login.xhtml')) throw new Error('login refused for ' + username);

  await page.goto(base + quizPath);
  await Promise.all([page.waitForNavigation(), page.click('#start-quiz')]);
  const attemptUrl = page.url();
  if (!attemptUrl.includes('attempt.xhtml')) throw new Error('no attempt started: ' + attemptUrl);

  const cdp = await page.createCDPSession();
  const more = (process.env.LIGHTHOUSE_MORE || '').split(/\s+/).filter(Boolean)
    .map((path) => [path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, ''), base + path]);
  for (const [name, url] of [['lesson', base + lessonPath], ['quiz', attemptUrl], ...more]) {
    // A first visit as far as the browser knows, but still logged in: Lighthouse's own storage
    // reset would also clear the session cookie, so everything else is cleared here instead.
    await cdp.send('Storage.clearDataForOrigin', {
      origin, storageTypes: 'service_workers,cache_storage,local_storage,indexeddb',
    });
    await cdp.send('Network.clearBrowserCache');
    const result = await lighthouse(url, {
      output: 'json', logLevel: 'error', disableStorageReset: true,
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    }, undefined, page);
    const lhr = result.lhr;
    writeFileSync(`${reports}/${name}.json`, result.report);
    if (lhr.runtimeError) throw new Error(name + ': ' + lhr.runtimeError.message);
    const score = (id) => Math.round(lhr.categories[id].score * 100);
    const failing = Object.values(lhr.audits)
      .filter((audit) => audit.scoreDisplayMode === 'binary' && audit.score === 0)
      .map((audit) => audit.id);
    const weight = lhr.audits['total-byte-weight'].numericValue;
    const seconds = (id) => (lhr.audits[id].numericValue / 1000).toFixed(1);

    await page.goto(url);
    await page.waitForSelector('main');
    const manifest = await cdp.send('Page.getAppManifest');
    const installability = await cdp.send('Page.getInstallabilityErrors');
    const errors = installability.installabilityErrors.map((e) => e.errorId);
    if (errors.length > 0) failed = true;

    console.log(`${name}: performance ${score('performance')}, accessibility ${score('accessibility')}, ` +
      `best practices ${score('best-practices')}, SEO ${score('seo')}; ` +
      `FCP ${seconds('first-contentful-paint')} s, LCP ${seconds('largest-contentful-paint')} s, ` +
      `TBT ${Math.round(lhr.audits['total-blocking-time'].numericValue)} ms, ` +
      `CLS ${lhr.audits['cumulative-layout-shift'].numericValue.toFixed(2)}, ` +
      `${(weight / 1024).toFixed(1)} KB transferred, CPU benchmark ${Math.round(lhr.environment.benchmarkIndex)}; ` +
      `installable: ${errors.length === 0 ? 'yes' : 'NO (' + errors.join(', ') + ')'} ` +
      `(manifest ${manifest.url ? new URL(manifest.url).pathname : 'none'})`);
    console.log(`  ${url.replace(origin, '')}`);
    if (failing.length > 0) console.log(`  failing audits: ${failing.join(', ')}`);
  }
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
