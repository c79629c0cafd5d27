// Generates the typed API client's types (src/api/schema.d.ts) from the server's OpenAPI document.
// With --check it writes nothing and fails when the checked-in file has drifted from the server (run by CI).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const root = fileURLToPath(new URL('../../', import.meta.url));
const target = fileURLToPath(new URL('../src/api/schema.d.ts', import.meta.url));
const HEADER = '// Generated from the server\'s OpenAPI document by `npm run api:types`. Do not edit.\n';

const scratch = mkdtempSync(join(tmpdir(), 'emporium-openapi-'));
const documentPath = join(scratch, 'openapi.json');
execFileSync(process.execPath, ['bin/emporium.js', 'openapi', '--out', documentPath], { cwd: root, stdio: 'inherit' });
const generated = HEADER + astToString(await openapiTS(JSON.parse(readFileSync(documentPath, 'utf8'))));
rmSync(scratch, { recursive: true });

if (process.argv.includes('--check')) {
  const current = readFileSync(target, 'utf8');
  if (current !== generated) {
    console.error('web/src/api/schema.d.ts is out of date with the API: run `npm run api:types` and commit it.');
    process.exit(1);
  }
  console.log('web/src/api/schema.d.ts matches the API.');
} else {
  writeFileSync(target, generated);
  console.log(`Wrote ${target}`);
}
