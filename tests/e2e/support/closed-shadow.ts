// The reader view lives in a closed shadow root so the page's scripts cannot reach it; the tests
// reach it the way devtools does, through the Chrome DevTools Protocol (DOM.getDocument pierces
// closed roots), and run functions on it with Runtime.callFunctionOn.
import type { CDPSession, Page } from 'playwright-core';

interface CdpNode {
  nodeName: string;
  backendNodeId: number;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}

function findHost(node: CdpNode, name: string): CdpNode | null {
  if (node.nodeName === name) return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const hit = findHost(child, name);
    if (hit) return hit;
  }
  return null;
}

export class ClosedShadow {
  private constructor(
    private readonly cdp: CDPSession,
    private readonly objectId: string,
  ) {}

  /** The shadow root of the first `<host>` element in the page, or null when there is none. */
  static async of(page: Page, host = 'SOURCELIGHT-READER'): Promise<ClosedShadow | null> {
    const cdp = await page.context().newCDPSession(page);
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const el = findHost(root, host.toUpperCase());
    const shadow = el?.shadowRoots?.[0];
    if (!shadow) {
      await cdp.detach();
      return null;
    }
    const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId })) as {
      object: { objectId: string };
    };
    return new ClosedShadow(cdp, object.objectId);
  }

  /** Runs `fn` with `this` bound to the shadow root; returns its (JSON-serializable) result. */
  async run<T>(fn: string, ...args: unknown[]): Promise<T> {
    const res = (await this.cdp.send('Runtime.callFunctionOn', {
      objectId: this.objectId,
      functionDeclaration: fn,
      arguments: args.map((value) => ({ value })),
      returnByValue: true,
      awaitPromise: true,
    })) as {
      result: { value: T };
      exceptionDetails?: { text: string; exception?: { description?: string } };
    };
    if (res.exceptionDetails)
      throw new Error(res.exceptionDetails.exception?.description ?? res.exceptionDetails.text);
    return res.result.value;
  }

  text(selector: string): Promise<string | null> {
    return this.run<string | null>(
      'function (s) { const el = this.querySelector(s); return el ? el.textContent : null; }',
      selector,
    );
  }

  async detach(): Promise<void> {
    await this.cdp.detach().catch(() => undefined);
  }
}
