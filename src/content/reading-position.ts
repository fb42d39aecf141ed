// Keeps the reader's place while declutter hides or shows blocks of the page: the text at the top
// of the viewport stays where it was. Switching declutter off before the reader has scrolled
// returns to the exact scroll position of before it was switched on.

type Point = [number, number];
export type Change = 'start' | 'adjust' | 'end';

function anchorAt(doc: Document): { el: Element; top: number } | null {
  const win = doc.defaultView!;
  for (const y of [8, 40, 80, 140, 220, 320]) {
    const el = doc.elementFromPoint(win.innerWidth / 2, y);
    if (el && el !== doc.documentElement && el !== doc.body)
      return { el, top: el.getBoundingClientRect().top };
  }
  return null;
}

export class ReadingPosition {
  private origin: Point | null = null;
  private lastAfter: Point | null = null;

  keep(doc: Document, kind: Change, change: () => void): void {
    const win = doc.defaultView;
    if (!win) {
      change();
      return;
    }
    const before: Point = [win.scrollX, win.scrollY];
    if (kind === 'start') this.origin = before;
    const unmoved =
      this.lastAfter !== null && this.lastAfter[0] === before[0] && this.lastAfter[1] === before[1];
    const anchor = before[1] > 0 ? anchorAt(doc) : null;
    change();
    if (kind === 'end' && this.origin && (unmoved || this.lastAfter === null)) {
      win.scrollTo(this.origin[0], this.origin[1]);
    } else if (anchor?.el.isConnected && anchor.el.getClientRects().length) {
      // Reading the rectangle forces layout, so the browser's own scroll anchoring has already
      // acted; what remains is our correction.
      const drift = anchor.el.getBoundingClientRect().top - anchor.top;
      if (drift) win.scrollBy(0, drift);
    }
    if (kind === 'end') {
      this.origin = null;
      this.lastAfter = null;
    } else {
      this.lastAfter = [win.scrollX, win.scrollY];
    }
  }
}
