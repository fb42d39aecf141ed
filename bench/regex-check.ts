// npx tsx bench/regex-check.ts [FOLDER_OR_FILE…]   (default: src)
// Lists every regular-expression literal that recheck does not find 'safe' (linear on adversarial
// input): file:line, status, complexity and the pattern. Literals are found with the TypeScript
// parser, so regexes inside strings or comments are not mistaken for code. Exit code 1 when any
// literal is vulnerable or could not be decided. tests/unit/regex-safety.test.ts runs the same check.
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { check } from 'recheck';
import { regexLiteralsIn } from '../scripts/bmp-regex-plugin.ts';
import { typeScriptFiles } from '../scripts/typescript-files.ts';

export interface RegexLiteral {
  file: string;
  line: number;
  source: string;
  flags: string;
}

export interface UnsafeRegex extends RegexLiteral {
  status: string;
  why: string;
}

function literalsOf(file: string): RegexLiteral[] {
  return regexLiteralsIn(readFileSync(file, 'utf8'), file).map(({ line, source, flags }) => ({
    file,
    line,
    source,
    flags,
  }));
}

export function regexLiterals(roots: string[]): RegexLiteral[] {
  return roots.flatMap(typeScriptFiles).flatMap(literalsOf);
}

/** The literals recheck does not prove safe, checked a few at a time (each check waits on a worker). */
export async function unsafeRegexes(literals: RegexLiteral[], concurrency = 8): Promise<UnsafeRegex[]> {
  const out: (UnsafeRegex | null)[] = new Array(literals.length).fill(null);
  let next = 0;
  const work = async () => {
    while (next < literals.length) {
      const i = next++;
      const lit = literals[i];
      // Step limits only, no time limits inside the check: the same verdict on a loaded machine.
      const r = await check(lit.source, lit.flags, {
        timeout: 60_000,
        attackTimeout: null,
        incubationTimeout: null,
        seedingTimeout: null,
      });
      if (r.status === 'safe') continue;
      const why = r.status === 'vulnerable' ? r.complexity.summary : (r.error?.kind ?? '');
      out[i] = { ...lit, status: r.status, why };
    }
  };
  await Promise.all(Array.from({ length: concurrency }, work));
  return out.filter((x): x is UnsafeRegex => x !== null);
}

async function main() {
  const roots = process.argv.slice(2);
  const literals = regexLiterals(roots.length ? roots : ['src']);
  const bad = await unsafeRegexes(literals);
  for (const r of bad)
    console.log(`${relative('.', r.file)}:${r.line}  ${r.status} (${r.why})  /${r.source}/${r.flags}`);
  console.log(`${literals.length} regular expressions; ${bad.length} not safe`);
  process.exitCode = bad.length ? 1 : 0;
}

if (resolve(process.argv[1] ?? '') === resolve(import.meta.filename)) {
  main().catch((e) => {
    console.error(e);
    process.exitCode = 2;
  });
}
