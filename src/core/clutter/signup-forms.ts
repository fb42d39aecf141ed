// Newsletter and sign-up boxes found by their form: an e-mail field and a button, with a few
// lines of pitch around them ("Get the briefing in your inbox"). The form decides, so the box is
// found whatever its class names or language.

import type { ClutterFinding, ClutterRule } from './clutter-rule.ts';
import type { PageStats } from './page-stats.ts';

/** A sign-up box says a sentence or two; a longer block around the form is a page section. */
const MAX_CHARS = 600;

function isEmailField(el: Element): boolean {
  if (el.tagName !== 'INPUT') return false;
  const type = (el.getAttribute('type') ?? '').toLowerCase();
  const hint = `${el.getAttribute('name') ?? ''} ${el.getAttribute('placeholder') ?? ''} ${el.getAttribute('autocomplete') ?? ''}`;
  return type === 'email' || ((type === 'text' || type === '') && /e-?mail|correo|почт/i.test(hint));
}

/** Whether the block holds a password or search field or a text area (a login, search or comment form). */
function holdsOtherForm(block: Element, stats: PageStats): boolean {
  const i = stats.indexOf(block);
  for (let j = i; j >= 0 && j < i + stats.sizeAt(i); j++) {
    if (stats.tags[j] === 'TEXTAREA') return true;
    if (stats.tags[j] !== 'INPUT') continue;
    const type = (stats.elements[j].getAttribute('type') ?? '').toLowerCase();
    if (type === 'password' || type === 'search') return true;
  }
  return false;
}

export const signupForms: ClutterRule = {
  name: 'signup-forms',
  find({ stats, root, scope }) {
    const out: ClutterFinding[] = [];
    const seen = new Set<Element>();
    for (let i = 0; i < stats.elements.length; i++) {
      if (stats.tags[i] !== 'INPUT' || !isEmailField(stats.elements[i])) continue;
      // Up from the field to the largest block that is still only the box.
      let block: Element = stats.elements[i];
      for (let p = block.parentElement; p && p !== scope; p = p.parentElement) {
        if ((root && p.contains(root)) || stats.chars(p) > MAX_CHARS || stats.prose(p) > MAX_CHARS / 2) break;
        block = p;
      }
      // A search or login form is no newsletter: those have a password field or a search box.
      if (holdsOtherForm(block, stats)) continue;
      if (seen.has(block) || stats.chars(block) === 0) continue;
      seen.add(block);
      out.push({ element: block, kind: 'newsletter', reason: 'e-mail sign-up form' });
    }
    return out;
  },
};
