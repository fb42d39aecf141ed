// A passage of someone's words found in the body, before its speaker is resolved to a person.
import type { Ref } from './speaker-resolution.ts';

export interface Passage {
  /** Global offsets in the running text. */
  start: number;
  end: number;
  direct: boolean;
  /** Who says it; null: the last speaker goes on ("…" paragraphs after an attributed one). */
  ref: Ref | null;
  para: number;
  /** What found it, for debugging and tests. */
  pattern: string;
}
