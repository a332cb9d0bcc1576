// Reviews the documents on which the differential validator disagreed with graphql-js.
// graphql-js's client schema accepts any literal for a custom scalar; ProfileGraph's DateTime, Long and JSON
// check their literals as HotChocolate does. A disagreement is tolerated only when graphql-js called the document
// valid and every error the server returns is a custom scalar refusing a literal. Anything else fails.
// Usage: node scalar-literal-check.mjs SAVED_FILE URL AUTH_HEADER_VALUE
import { readFileSync } from 'node:fs';

const [file, url, auth] = process.argv.slice(2);
const builtIn = new Set(['Int', 'Float', 'String', 'Boolean', 'ID']);
const cases = readFileSync(file, 'utf8').split(/^---\n/m).filter((c) => c.trim());
let tolerated = 0;
let failed = 0;
for (const text of cases) {
  const header = text.split('\n')[0];
  const body = { query: text };
  const op = /^# operationName: (.*)$/m.exec(text);
  const vars = /^# variables: (.*)$/m.exec(text);
  if (op) body.operationName = op[1];
  if (vars) body.variables = JSON.parse(vars[1]);
  const reasons = [];
  if (!header.includes('graphql-js: valid') || !header.includes('server: rejected')) reasons.push('not a valid document rejected');
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json', authorization: auth }, body: JSON.stringify(body) });
  const json = await res.json();
  const errors = json.errors ?? [];
  if (errors.length === 0) reasons.push('server returned no errors');
  for (const e of errors) {
    const m = /^(?:Expected value of type "[A-Za-z_][A-Za-z0-9_]*!?", found .*; )?([A-Za-z_][A-Za-z0-9_]*) cannot (?:represent|parse)/.exec(e.message);
    if (e.extensions?.code !== 'VALUES_OF_CORRECT_TYPE' || !m || builtIn.has(m[1])) reasons.push(`other error: ${e.message}`);
  }
  if (reasons.length) {
    failed++;
    console.log(`FAIL ${header}\n  ${reasons.join('\n  ')}`);
  } else {
    tolerated++;
    console.log(`tolerated (custom scalar literal): ${header}\n  ${errors.map((e) => e.message).join('\n  ')}`);
  }
}
console.log(`${tolerated} tolerated, ${failed} not tolerated`);
process.exit(failed === 0 ? 0 : 1);
