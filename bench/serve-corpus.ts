// Serves saved corpus pages to a real browser: /page/N is the N-th file, decompressed, with a
// UTF-8 header only where the page declares no charset of its own (as the corpus README says).

import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';

export interface CorpusServer {
  url(index: number): string;
  close(): Promise<void>;
}

export async function serveCorpus(paths: string[]): Promise<CorpusServer> {
  const server = createServer((req, res) => {
    const m = /^\/page\/(\d+)$/.exec(req.url ?? '');
    const path = m ? paths[Number(m[1])] : undefined;
    if (!path) {
      res.writeHead(404).end();
      return;
    }
    let bytes: Buffer = readFileSync(path);
    if (path.endsWith('.gz')) bytes = gunzipSync(bytes);
    const declares = /<meta[^>]+charset/i.test(bytes.subarray(0, 8192).toString('latin1'));
    res.writeHead(200, {
      'content-type': declares ? 'text/html' : 'text/html; charset=utf-8',
      // The page's own scripts stay off (they would fetch and rewrite); injected benchmark code
      // still runs, as a content script would.
      'content-security-policy': "script-src 'none'; object-src 'none'",
    });
    res.end(bytes);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: (i) => `http://127.0.0.1:${port}/page/${i}`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
