// npm run package: store-ready zips of dist/ for the Chrome Web Store and addons.mozilla.org
// (one manifest serves both; web-ext build checks and zips it).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const { version } = JSON.parse(readFileSync(resolve(ROOT, 'manifest.json'), 'utf8'));
const webExt = resolve(ROOT, 'node_modules/.bin/web-ext');
for (const store of ['chrome', 'firefox']) {
  const filename = `sourcelight-${store}-${version}.zip`;
  execFileSync(
    webExt,
    [
      'build',
      '--source-dir',
      'dist',
      '--artifacts-dir',
      'web-ext-artifacts',
      '--filename',
      filename,
      '--overwrite-dest',
      '--no-input',
    ],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  console.log(`web-ext-artifacts/${filename}`);
}
