// Where the real browsers are, and a clear failure (never a skip) when one is missing.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const DIST = resolve(import.meta.dirname, '../../../dist');

const CANDIDATES = {
  chromium: [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'],
  firefox: [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'],
};

export function browserPath(name: keyof typeof CANDIDATES): string {
  const found = CANDIDATES[name].find((p): p is string => !!p && existsSync(p));
  if (!found) {
    const pkg = name === 'chromium' ? 'chromium' : 'firefox-esr';
    throw new Error(
      `${name} is not installed, and the end-to-end tests need the real browser. Install it with\n` +
        `  sudo apt-get install -y ${pkg}\n` +
        `or set ${name === 'chromium' ? 'CHROMIUM_PATH' : 'FIREFOX_PATH'} to its executable.`,
    );
  }
  return found;
}

export function assertBuilt(): void {
  if (!existsSync(resolve(DIST, 'manifest.json')) || !existsSync(resolve(DIST, 'content.js'))) {
    throw new Error('dist/ is missing: run `npm run build` first (`npm test` does it for you).');
  }
}
