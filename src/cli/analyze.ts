// npm run --silent analyze -- PAGE [--url URL]        one JSON object
// npm run --silent analyze -- --batch LIST.tsv        one JSON object per line (PATH<TAB>URL)
import { readFileSync } from 'node:fs';
import { analyze } from '../core/analyze.ts';
import type { Analysis } from '../core/types.ts';
import { closePage, parsePage, readPage } from './load-page.ts';

const USAGE = `usage: npm run --silent analyze -- PAGE [--url URL] [--no-html]
       npm run --silent analyze -- --batch LIST.tsv [--no-html]   (lines: PATH<TAB>URL)`;

export function analyzeFile(path: string, url: string | null, omitHtml: boolean): Analysis {
  const dom = parsePage(readPage(path), url);
  try {
    const result = analyze(dom.window.document, url, { omitHtml }, dom.window as unknown as Window);
    return { path, ...result };
  } finally {
    closePage(dom);
  }
}

function main(argv: string[]): number {
  const flag = (name: string) => {
    const i = argv.indexOf(name);
    if (i < 0) return null;
    const v = argv[i + 1];
    argv.splice(i, 2);
    return v ?? '';
  };
  const omitHtml = argv.includes('--no-html');
  argv = argv.filter((a) => a !== '--no-html');
  const batch = flag('--batch');
  const url = flag('--url');
  if (batch !== null) {
    if (!batch) {
      console.error(USAGE);
      return 2;
    }
    for (const line of readFileSync(batch, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const [path, pageUrl] = line.split('\t');
      try {
        process.stdout.write(`${JSON.stringify(analyzeFile(path, pageUrl?.trim() || null, omitHtml))}\n`);
      } catch (e) {
        process.stdout.write(`${JSON.stringify({ path, error: String((e as Error)?.message ?? e) })}\n`);
      }
    }
    return 0;
  }
  const page = argv[0];
  if (!page || page.startsWith('-')) {
    console.error(USAGE);
    return 2;
  }
  try {
    process.stdout.write(`${JSON.stringify(analyzeFile(page, url, omitHtml), null, 2)}\n`);
    return 0;
  } catch (e) {
    process.stdout.write(`${JSON.stringify({ path: page, error: String((e as Error)?.message ?? e) })}\n`);
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
