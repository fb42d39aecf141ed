// The name of a kind of clutter block in the UI language. The kinds grow with the engine: one
// without a message shows as itself.
import { t } from '../i18n.ts';

export function kindLabel(kind: string): string {
  const key = `kind_${kind.replace(/[^a-z0-9]/gi, '_')}`;
  const label = t(key);
  return label === key ? kind : label;
}
