// The TypeScript sources under a folder (or the file itself), for the meta-tests and checks that
// read the code: declaration files and node_modules left out.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function typeScriptFiles(path: string): string[] {
  if (statSync(path).isFile()) return /\.tsx?$/.test(path) && !path.endsWith('.d.ts') ? [path] : [];
  return readdirSync(path).flatMap((name) =>
    name === 'node_modules' ? [] : typeScriptFiles(join(path, name)),
  );
}
