// WCAG 2 contrast of every piece of text in the reader view. axe-core leaves colour contrast
// "incomplete" inside the closed shadow root (it cannot build its background stack across the
// fixed overlay), so the tests measure it directly: each element's own text colour against the
// first opaque background among its ancestors.
export interface ContrastIssue {
  selector: string;
  text: string;
  ratio: number;
  required: number;
}

/** Runs in the shadow root (`this`); returns every text whose contrast is under the AA minimum. */
export const READER_CONTRAST = `function () {
  const parse = (c) => {
    const m = c.match(/rgba?\\(([^)]+)\\)/);
    if (!m) return null;
    const [r, g, b, a = 1] = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
    return { r, g, b, a };
  };
  const lum = ({ r, g, b }) => {
    const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const background = (el) => {
    for (let e = el; e; e = e.parentElement) {
      const c = parse(getComputedStyle(e).backgroundColor);
      if (c && c.a >= 1) return c;
    }
    return { r: 255, g: 255, b: 255, a: 1 };
  };
  const issues = [];
  let checked = 0;
  for (const el of this.querySelectorAll('*')) {
    const own = [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.nodeValue).join('').trim();
    if (!own) continue;
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden' || el.closest('[hidden], [aria-hidden="true"]')) continue;
    const fg = parse(style.color);
    const bg = background(el);
    const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
    const ratio = (a + 0.05) / (b + 0.05);
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    const required = large ? 3 : 4.5;
    checked++;
    if (ratio < required)
      issues.push({ selector: el.tagName.toLowerCase() + '.' + el.className, text: own.slice(0, 40), ratio: Math.round(ratio * 100) / 100, required });
  }
  return { checked, issues };
}`;
