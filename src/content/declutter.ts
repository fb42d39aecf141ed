// Clutter removal in place, without reader mode: each block is hidden through its own style
// attribute, whose exact previous value is kept so that "show again" and switching off restore
// the page byte for byte.

import type { ClutterBlock } from '../core/clutter/clutter-rule.ts';
import { findClutter } from '../core/clutter/find-clutter.ts';
import type { RemovedBlock } from '../messages.ts';

interface Hidden {
  block: ClutterBlock;
  /** The previous style attribute of each of the block's elements. */
  styles: (string | null)[];
  hidden: boolean;
}

export class Declutter {
  private blocks: Hidden[] = [];
  private active = false;

  get isOn(): boolean {
    return this.active;
  }

  on(doc: Document, url: string): void {
    if (this.active) return;
    this.blocks = findClutter({ doc, url, articleRoot: null }).map((block) => ({
      block,
      styles: block.elements.map((el) => el.getAttribute('style')),
      hidden: false,
    }));
    for (const b of this.blocks) this.hide(b);
    this.active = true;
  }

  off(): void {
    for (const b of this.blocks) this.show(b);
    this.blocks = [];
    this.active = false;
  }

  list(): RemovedBlock[] {
    return this.blocks.map((b, index) => ({
      index,
      kind: b.block.kind,
      label: b.block.label,
      chars: b.block.chars,
      hidden: b.hidden,
    }));
  }

  setShown(index: number, shown: boolean): void {
    const b = this.blocks[index];
    if (!b) return;
    if (!shown) {
      this.hide(b);
      return;
    }
    this.show(b);
    // Blocks nest (a sidebar and the lists in it): a block inside a hidden one only shows once the
    // blocks around it do; the other blocks inside those stay hidden by their own attribute.
    for (const outer of this.blocks) {
      if (
        outer.hidden &&
        outer.block.elements.some((el) => b.block.elements.some((inner) => el.contains(inner)))
      )
        this.show(outer);
    }
  }

  private hide(b: Hidden): void {
    if (b.hidden) return;
    // The attribute itself, not el.style: Chromium writes CSSOM changes back to the attribute
    // lazily, and a removeAttribute() before that write-back later leaves a stray style="".
    b.block.elements.forEach((el, i) => {
      const before = b.styles[i]?.trim().replace(/;$/, '');
      el.setAttribute('style', `${before ? `${before}; ` : ''}display: none !important`);
    });
    b.hidden = true;
  }

  private show(b: Hidden): void {
    if (!b.hidden) return;
    b.block.elements.forEach((el, i) => {
      const style = b.styles[i];
      if (style === null) el.removeAttribute('style');
      else el.setAttribute('style', style);
    });
    b.hidden = false;
  }
}
