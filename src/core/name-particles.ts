// Lower-case words inside personal names ("Ursula von der Leyen", "Luiz Inácio Lula da Silva",
// "Mohammed bin Salman"), shared by bylines and quoted speakers.
export const NAME_PARTICLES: readonly string[] = [
  'von',
  'van',
  'der',
  'den',
  'de',
  'del',
  'della',
  'di',
  'da',
  'do',
  'dos',
  'das',
  'du',
  'la',
  'le',
  'zu',
  'ter',
  'ten',
  'bin',
  'ibn',
  'al',
  'el',
  'y',
];

const PARTICLE_SET = new Set(NAME_PARTICLES);

/**
 * `text` without the name particles it ends in ("…,” de " → "…,”"): a name that opens with its
 * particle ("de Blasio said") is found from its first capital on, so the particle is left in the
 * text before it.
 */
export function dropTrailingParticles(text: string): string {
  let end = text.trimEnd();
  for (;;) {
    const space = end.search(/\s\S*$/);
    const word = end.slice(space + 1);
    if (!PARTICLE_SET.has(word)) return end;
    if (space < 0) return '';
    end = end.slice(0, space).trimEnd();
  }
}
