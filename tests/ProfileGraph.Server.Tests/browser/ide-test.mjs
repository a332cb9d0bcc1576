#!/usr/bin/env node
// Loads Banana Cake Pop from a running ProfileGraph server in headless Chromium, checks that the IDE
// loads the schema from the server's own endpoint with every request kept on the loopback address,
// then runs a query from the editor and checks the answer.
//
//   node ide-test.mjs URL QUERY EXPECTED_TEXT
//
// Last line: "ok" or "FAILED: <reason>". Exit code 0 only on success.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const [url, query, expected] = process.argv.slice(2);
if (!url || !query || !expected) {
  console.error('usage: node ide-test.mjs URL QUERY EXPECTED_TEXT');
  process.exit(2);
}

const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const profile = mkdtempSync(join(tmpdir(), 'pg-bcp-'));
const origin = new URL(url).origin;
const offsite = [];
let context;

async function main() {
  context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    timeout: 60000,
    // The IDE's service worker reloads the page once it has cached the app; the test wants one stable page.
    serviceWorkers: 'block',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });

  // The IDE must work offline: every request that leaves the server's origin is refused and recorded.
  await context.route('**/*', (route) => {
    const target = route.request().url();
    if (target.startsWith(origin) || target.startsWith('data:') || target.startsWith('blob:')) return route.continue();
    offsite.push(target);
    return route.abort();
  });

  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(60000);

  const introspection = page.waitForResponse(
    (r) => r.request().method() === 'POST' && (r.request().postData() || '').includes('__schema'),
  );
  const navigation = await page.goto(url);
  if (!navigation || navigation.status() !== 200) throw new Error(`page status ${navigation && navigation.status()}`);
  if (!page.url().endsWith('/graphql/')) throw new Error(`expected the redirect to /graphql/, at ${page.url()}`);

  await page.getByRole('button', { name: 'Create Document' }).click();
  const schemaResponse = await introspection;
  if (schemaResponse.status() !== 200) throw new Error(`introspection status ${schemaResponse.status()}`);
  await page.getByText('Schema available').waitFor();
  console.log('schema loaded through introspection');

  await page.getByRole('tab', { name: 'Schema Definition' }).click().catch(() => page.getByText('Schema Definition').click());
  await page.locator('.monaco-editor').filter({ hasText: 'type Query' }).first().waitFor();
  console.log('schema definition shown');
  await page.getByText('Operation', { exact: true }).click();
  const run = page.locator('button', { hasText: /^\s*Run\s*$/ }).first();
  await run.waitFor();

  // Type into the request editor, below the "Request" pane title; retried because the editor may still be
  // taking focus while the tab renders.
  const marker = query.replace(/[^A-Za-z0-9]+/g, ' ').trim().split(' ')[0];
  for (let attempt = 1; ; attempt++) {
    const title = await page.getByText('Request', { exact: true }).boundingBox();
    await page.mouse.click(title.x + 120, title.y + 60);
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText(query);
    const typed = await page
      .locator('.monaco-editor')
      .filter({ hasText: marker })
      .first()
      .waitFor({ timeout: 5000 })
      .then(() => true, () => false);
    if (typed) break;
    if (attempt === 3) throw new Error('could not type into the request editor');
  }

  const isQuery = (r) => {
    const data = r.request().method() === 'POST' ? r.request().postData() || '' : '';
    return data.includes(marker) && !data.includes('__schema') && !data.includes('IntrospectionQuery');
  };
  // The IDE analyses the document after typing; a Run that comes too early is ignored, so it is repeated.
  let response;
  for (let attempt = 1; !response; attempt++) {
    await page.waitForTimeout(1000);
    const answer = page.waitForResponse(isQuery, { timeout: 15000 }).catch(() => undefined);
    if (attempt % 2 === 1) await run.click();
    else {
      const title = await page.getByText('Request', { exact: true }).boundingBox();
      await page.mouse.click(title.x + 300, title.y + 60);
      await page.keyboard.press('Control+Alt+Enter');
    }
    response = await answer;
    if (!response && attempt === 4) throw new Error('running the query sent no request');
  }
  const body = await response.text();
  if (response.status() !== 200 || !body.includes(expected)) {
    throw new Error(`query answered ${response.status()}: ${body.slice(0, 300)}`);
  }

  await page.locator('.monaco-editor').filter({ hasText: expected }).first().waitFor();
  console.log('query result shown in the response pane');

  if (offsite.length) throw new Error(`requests left the server: ${offsite.join(', ')}`);
}

try {
  await main();
  console.log('ok');
} catch (err) {
  let shot = '';
  try {
    const page = context && context.pages()[0];
    if (page) {
      shot = join(tmpdir(), `pg-bcp-failure-${Date.now()}.png`);
      await page.screenshot({ path: shot });
    }
  } catch {
    shot = '';
  }
  console.log(`FAILED: ${err && err.message ? err.message : err}${shot ? ` (screenshot ${shot})` : ''}`);
  process.exitCode = 1;
} finally {
  if (context) await context.close().catch(() => {});
  rmSync(profile, { recursive: true, force: true });
}
