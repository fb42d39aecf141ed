// Prices: a shop's category and product pages mark many prices (class "price", itemprop=price);
// an article, even a buying guide, marks a handful at most.

const PRICE = '[itemprop="price"], [class*="price" i]';

export function countPrices(doc: Document): number {
  return doc.querySelectorAll(PRICE).length;
}
