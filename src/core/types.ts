// The Analysis contract (../shared/ARCHITECTURE.md): what `analyze` returns to every shell —
// the CLI prints it, the popup and the reader view show it.

export type ClutterKind =
  | 'trending'
  | 'editors-picks'
  | 'related'
  | 'newsletter'
  | 'social'
  | 'follow'
  | 'author-box'
  | 'promo'
  | 'ad'
  | 'comments'
  | 'navigation'
  | 'widget'
  | 'other';

export interface ClutterReport {
  kind: ClutterKind;
  /** The block's own heading or first words, as the page shows them. */
  label: string;
  chars: number;
}

/** W3C Web Annotation TextQuoteSelector: finds a passage again in the live page or reader view. */
export interface TextAnchor {
  exact: string;
  prefix: string;
  suffix: string;
}

export interface Quote {
  text: string;
  direct: boolean;
  anchor?: TextAnchor;
}

export interface Expert {
  name: string;
  role: string | null;
  institution: string | null;
  institutionAcronym: string | null;
  quotes: Quote[];
}

export interface Author {
  name: string;
  url: string | null;
}

export interface Outlet {
  name: string | null;
  domain: string | null;
}

export interface Analysis {
  path?: string;
  url: string | null;
  isArticle: boolean;
  /** 0..1, how sure detection is. */
  articleScore: number;
  title: string | null;
  outlet: Outlet;
  authors: Author[];
  published: string | null;
  modified: string | null;
  /** Reading language of the page (BCP 47), when it says. */
  lang: string | null;
  /** Text direction of the article, `rtl` or `ltr`. */
  dir: string | null;
  /** A short summary: the page's description or the first paragraph. */
  excerpt: string | null;
  /** Minutes at 230 words a minute, at least 1 for an article. */
  readingMinutes: number;
  wordCount: number;
  experts: Expert[];
  clutter: ClutterReport[];
  text: string;
  html: string;
  timingsMs: Record<string, number>;
  /** Stages that failed on this page (the rest of the analysis still stands); absent when none. */
  errors?: string[];
}

export interface AnalyzeOptions {
  /** Leave out `html` (the CLI's batch mode does not need it). */
  omitHtml?: boolean;
  /** Skip the quotes stage (cheap runs). */
  skipQuotes?: boolean;
}
