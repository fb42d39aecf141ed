// What the in-browser speed benchmark needs: the analysis, detection alone, and plain Readability.
export { isProbablyReaderable, Readability } from '@mozilla/readability';
export { analyze } from '../src/core/analyze.ts';
export { detectArticle } from '../src/core/detect.ts';
