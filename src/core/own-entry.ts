// Tables of ours are looked up with words from the page: `table["constructor"]` would find
// Object.prototype's function, which a page can exploit to inject nonsense.

/** The table's own entry for key, never an inherited one. */
export function ownEntry<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
