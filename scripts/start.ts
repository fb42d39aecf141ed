// npm start: serves the bundled demo article on localhost and opens a browser with the freshly
// built extension loaded (web-ext run, which also reloads it when dist/ changes).
//   npm start                 Chromium (Debian's /usr/bin/chromium)
//   npm start -- --firefox    Firefox ESR
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { serveFixtures } from './serve-fixtures.ts';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = resolve(ROOT, 'dist');
const firefox = process.argv.includes('--firefox');
const PORT = 8931;

function fail(message: string): never {
  console.error(`\n${message}\n`);
  process.exit(1);
}

const binary = firefox
  ? ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find(existsSync)
  : ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync);
if (!binary) {
  fail(
    `${firefox ? 'Firefox' : 'Chromium'} is not installed. Install it with\n` +
      `  sudo apt-get install -y ${firefox ? 'firefox-esr' : 'chromium'}\nthen run npm start again.`,
  );
}
if (!existsSync(resolve(DIST, 'manifest.json')))
  fail('dist/ is missing: `npm start` builds it first; did the build fail?');

const server = await serveFixtures(undefined, PORT).catch(() => serveFixtures());
const demo = server.url('demo-article/');

if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  await server.close();
  fail(
    'No display found (neither DISPLAY nor WAYLAND_DISPLAY is set), so no browser window can open.\n' +
      'To proceed:\n' +
      '  - on a machine with a desktop, run `npm start` there; or\n' +
      '  - run it under a virtual display: sudo apt-get install -y xvfb && xvfb-run -a npm start; or\n' +
      `  - load ${DIST} yourself as an unpacked extension (chrome://extensions → Developer mode →\n` +
      '    Load unpacked; in Firefox: about:debugging → This Firefox → Load Temporary Add-on → dist/manifest.json)\n' +
      '    and open the demo article served by `npx tsx scripts/serve-fixtures-cli.ts`.\n' +
      'The tests (`npm test`) need no display: they run the browsers headless.',
  );
}

console.log(`Demo article: ${demo}`);
console.log(
  `Opening ${firefox ? 'Firefox' : 'Chromium'} with Sourcelight loaded from dist/ (Ctrl+C to stop)…`,
);
const webExt = resolve(ROOT, 'node_modules/.bin/web-ext');
const args = firefox
  ? [
      'run',
      '--target',
      'firefox-desktop',
      '--firefox',
      binary,
      '--source-dir',
      DIST,
      '--start-url',
      demo,
      '--no-input',
    ]
  : [
      'run',
      '--target',
      'chromium',
      '--chromium-binary',
      binary,
      '--source-dir',
      DIST,
      '--start-url',
      demo,
      '--no-input',
    ];
// Chromium refuses to start as root without --no-sandbox (e.g. in containers).
if (!firefox && process.getuid?.() === 0) args.push('--args=--no-sandbox');
const child = spawn(webExt, args, { stdio: 'inherit' });
const stop = () => child.kill('SIGINT');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
child.on('exit', async (code) => {
  await server.close();
  process.exit(code ?? 0);
});
