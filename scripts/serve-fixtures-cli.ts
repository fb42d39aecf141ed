// Serves tests/fixtures (the demo article among them) until interrupted: for loading the
// extension by hand in a browser of your own. Usage: npx tsx scripts/serve-fixtures-cli.ts [PORT]
import { serveFixtures } from './serve-fixtures.ts';

const server = await serveFixtures(undefined, Number(process.argv[2] ?? 8931));
console.log(`Serving tests/fixtures at ${server.origin}/ — demo article: ${server.url('demo-article/')}`);
