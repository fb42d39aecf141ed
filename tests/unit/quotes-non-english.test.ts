import { describe, expect, it } from 'vitest';
import {
  hasCommonWordEdge,
  isCommonWordName,
  isMostlyEnglish,
  leadingTitleWords,
  lowerCaseWords,
} from '../../src/core/quotes/common-word-names.ts';
import { findExperts } from '../../src/core/quotes/find-experts.ts';
import { genderOfRole } from '../../src/core/quotes/gender-evidence.ts';
import { findNameMentions } from '../../src/core/quotes/names.ts';
import { articleNouns, nounTitleWords } from '../../src/core/quotes/noun-names.ts';
import { isGermanPersonNoun } from '../../src/core/quotes/roles.ts';
import { isSubjectGap } from '../../src/core/quotes/subject-gap.ts';
import { loadFixture } from './support/fixture-page.ts';

describe('names on pages not in English (fixture quotes-non-english-names)', () => {
  const doc = loadFixture('quotes-non-english-names');
  const experts = findExperts({ root: doc.querySelector('article')!, authors: [] });

  it('a title before the name is the role, and a conjunction opening a sentence is no name', () => {
    expect(experts.map((e) => e.name)).toEqual([
      'Thomas Matter',
      'Nico Elvedi',
      'Bernd Bönte',
      'Oleksandr Usyk',
      'Alexander Krassyuk',
      'Antonio Tajani',
    ]);
    expect(experts[0].role).toBe('Nationalrat');
    expect(experts[1].role).toBe('Teamkollege');
  });

  it('an article after a surname opens a body, and a noun after it is no part of the name', () => {
    // "sagte Experte Bernd Bönte der Deutschen Presse-Agentur", "sieht auch Bönte Vorteile".
    const boente = experts.find((e) => e.name === 'Bernd Bönte');
    expect(boente?.role).toBe('Experte');
    expect(boente?.quotes.map((q) => q.text)).toHaveLength(2);
  });

  it('a person named in the genitive without an apostrophe is no institution ("Usyks Promoter")', () => {
    const promoter = experts.find((e) => e.name === 'Alexander Krassyuk');
    expect(promoter?.role).toBe('Promoter');
    expect(promoter?.institution).toBeNull();
  });

  it('a country in the German genitive is no institution ("Italiens Außenminister")', () => {
    const minister = experts.find((e) => e.name === 'Antonio Tajani');
    expect(minister?.role).toBe('Außenminister');
    expect(minister?.institution).toBeNull();
  });
});

describe('common-word-names', () => {
  it('tells English text from German', () => {
    expect(isMostlyEnglish('The minister said that the plan was ready and it would go ahead.')).toBe(true);
    expect(isMostlyEnglish('Der Minister sagte, dass der Plan fertig sei und umgesetzt werde.')).toBe(false);
  });

  it('a name opening or ending with a common word is none; given names stay', () => {
    const lower = lowerCaseWords('weil sie es wollte, und obwohl es regnete');
    expect(hasCommonWordEdge(['Obwohl', 'Liat'], lower)).toBe(true);
    expect(hasCommonWordEdge(['España', 'La'], lower)).toBe(true);
    expect(hasCommonWordEdge(['Ihre', 'Zustimmung'], lower)).toBe(true);
    expect(hasCommonWordEdge(['Thomas', 'Matter'], lower)).toBe(false);
    expect(hasCommonWordEdge(['Liat'], lower)).toBe(false);
  });

  it('title words end like nouns of office; an unlisted given name is no title', () => {
    expect(leadingTitleWords(['Nationalrat', 'Thomas', 'Matter'])).toBe(1);
    expect(leadingTitleWords(['InfoWars-Gründer', 'Alex', 'Jones'])).toBe(1);
    expect(leadingTitleWords(['José', 'Manuel', 'Albares'])).toBe(0);
    expect(leadingTitleWords(['Thomas', 'Matter'])).toBe(0);
    expect(leadingTitleWords(['Chefkontrolleur', 'Mathias', 'Hafele'])).toBe(1);
    expect(leadingTitleWords(['Konstantin', 'von', 'Notz'])).toBe(0);
    expect(leadingTitleWords(['Annekathrin', 'Preidel'])).toBe(0);
  });
});

describe('German nouns taken for names (fixture quotes-german-nouns)', () => {
  const doc = loadFixture('quotes-german-nouns');
  const experts = findExperts({ root: doc.querySelector('article')!, authors: [] });

  it('drops organisations and dates, keeps a noun title as the role and real people', () => {
    expect(experts.map((e) => e.name)).toEqual(['Ayman Sheib', 'Mathias Reynard', 'Karin Krapp']);
    expect(experts[0].role).toBe('Dissident');
    expect(experts[1].role).toBe('Walliser Staatsrat');
  });
});

describe('noun-names', () => {
  it('reads nouns after articles, not after relative pronouns or in compounds', () => {
    const nouns = articleNouns(
      'Der Mann sah eine Stiftung. Der Plan, den Krapp entwarf, auf dem Höcke stand, der Höcke-Partei.',
    );
    expect([...nouns].sort()).toEqual(['Mann', 'Plan', 'Stiftung']);
  });

  it('reads nouns after a merged article, a possessive, or an article and adjectives', () => {
    const nouns = articleNouns(
      'Lena Roth vom Vermögensverwalter Nordkap sagt. Der schwedische Onlinehändler Lumo wachse. ' +
        'Unter ihrem Mädchennamen Petrak lief sie. Beim Trainer Holm. Das sagte der Kollege, den Vogt kennt.',
    );
    expect([...nouns].sort()).toEqual([
      'Kollege',
      'Mädchennamen',
      'Onlinehändler',
      'Trainer',
      'Vermögensverwalter',
    ]);
    expect(nounTitleWords(['Vermögensverwalter', 'Nordkap'], nouns)).toBeNull();
    expect(nounTitleWords(['Onlinehändler', 'Lumo'], nouns)).toBeNull();
  });

  it('a noun makes no person unless a full name follows it as a title', () => {
    const nouns = new Set(['Mann', 'Vater', 'Dissident', 'Brite']);
    expect(nounTitleWords(['Mann', 'Vater'], nouns)).toBeNull();
    expect(nounTitleWords(['Anfang', 'März'], nouns)).toBeNull();
    expect(nounTitleWords(['Stiftung', 'Warentest'], nouns)).toBeNull();
    expect(nounTitleWords(['Gewerkschaft', 'Komba'], nouns)).toBeNull();
    expect(nounTitleWords(['Negative', 'Folgen'], nouns)).toBeNull();
    expect(nounTitleWords(['Brite', 'Fury'], nouns)).toBeNull();
    expect(nounTitleWords(['Dissident', 'Ayman', 'Sheib'], nouns)).toBe(1);
    expect(nounTitleWords(['Dissident', 'Staatsrat', 'Ayman', 'Sheib'], nouns)).toBe(2);
    expect(nounTitleWords(['Karin', 'Krapp'], nouns)).toBe(0);
    expect(nounTitleWords(['Dominik', 'Jung'], nouns)).toBe(0);
  });

  it('a one-word institution the text writes in lower case is a common word', () => {
    const lower = lowerCaseWords('und während sie sprach');
    expect(isCommonWordName('Und', lower)).toBe(true);
    expect(isCommonWordName('Hamburgs', lower)).toBe(false);
  });
});

describe('names and paragraph breaks (fixture quotes-paragraph-breaks)', () => {
  const doc = loadFixture('quotes-paragraph-breaks');
  const experts = findExperts({ root: doc.querySelector('article')!, authors: [] });

  it('a heading ending in a capitalized word does not run on into the name opening the next paragraph', () => {
    expect(experts.map((e) => e.name)).toEqual(['Sabine Kolberg', 'Malte Vorbrodt']);
    expect(experts[0].quotes[0].text).toContain('Die Brücke lässt sich für wenig Geld sanieren.');
  });

  it('an initial glued to a word is no name ("B.Braun")', () => {
    expect(experts.some((e) => e.name.includes('Braun'))).toBe(false);
  });
});

describe('subject-gap', () => {
  it('German particles may stand between the speaker and the verb', () => {
    expect(isSubjectGap(' aber ')).toBe(true);
    expect(isSubjectGap(' hingegen ')).toBe(true);
    expect(isSubjectGap(' sagte, ')).toBe(false);
  });
});

describe('German nouns of occupation before a name (fixture quotes-german-role-nouns)', () => {
  const doc = loadFixture('quotes-german-role-nouns');
  const experts = findExperts({ root: doc.querySelector('article')!, authors: [] });

  it('a feminine noun of occupation, a listed one or a compound ending in one is the role', () => {
    expect(experts.map((e) => [e.name, e.role])).toEqual([
      ['Merve', 'Schülerin'],
      ['Jana Wolters', 'Lehrerin'],
      ['Rhiannon Pascoe', 'Autorin'],
      ['Tilo van Berk', 'Kapitän'],
      ['Orhan Yilmaz', 'Trainer'],
    ]);
  });

  it('a compound title before a surname leads to the person of that surname ("Pokal-Sieger Yilmaz")', () => {
    expect(experts[4].quotes).toHaveLength(2);
  });
});

describe('label lines ending in a colon (fixture quotes-label-lines)', () => {
  const doc = loadFixture('quotes-label-lines');
  const experts = findExperts({ root: doc.querySelector('article')!, authors: [] });

  it('a product heading or a credits label is no speaker; a line with a verb still is', () => {
    expect(experts.map((e) => e.name)).toEqual(['Marta Quandt']);
    expect(experts[0].quotes.map((q) => q.text)).toEqual([
      'Wer wenig surft, sollte trotzdem die Laufzeit genau prüfen.',
    ]);
  });
});

describe('case endings and verbs of other languages', () => {
  const none = { has: () => false };

  it('a Turkish genitive or verbal noun glued to a word, or a Polish genitive adjective, is no name', () => {
    // "Köyün muhtarı …", "Kaçakçılığının Önlenmesi Şubesi", "Rzecznik Wielkiego Sądu".
    expect(nounTitleWords(['Mahallenin', 'Karaağaç'], none)).toBeNull();
    expect(nounTitleWords(['Kaçakçılığının', 'Önlenmesi'], none)).toBeNull();
    expect(nounTitleWords(['İlçenin', 'Karaağaç'], none)).toBeNull();
    expect(nounTitleWords(['Rzecznik', 'Wielkiego', 'Sądu'], none)).toBeNull();
    expect(nounTitleWords(['Mehmet', 'Şahin'], none)).toBe(0);
    expect(nounTitleWords(['Aylin', 'Aydın'], none)).toBe(0);
    expect(nounTitleWords(['Diego', 'Borrego'], none)).toBe(0);
  });

  it('a Nordic verb of saying opening the sentence is not part of the name', () => {
    const lower = lowerCaseWords('hún sagði að þetta væri rangt');
    expect(hasCommonWordEdge(['Kveðst', 'Sigrún'], lower)).toBe(true);
    expect(hasCommonWordEdge(['Segir', 'Jón'], lower)).toBe(true);
    expect(hasCommonWordEdge(['Sigrún', 'Jónsdóttir'], lower)).toBe(false);
  });
});

describe('organisations and clauses taken for people (fixture quotes-organisations-and-clauses)', () => {
  const doc = loadFixture('quotes-organisations-and-clauses');
  const experts = findExperts({ root: doc.querySelector('article')!, authors: [] });

  it('an organisation introduced as one, or ending in "Alliance", is no person; its spokesman is', () => {
    expect(experts.map((e) => e.name)).toEqual(['Tebogo Ramone', 'Lerato Khumalo', 'Thabo Motsamai']);
    expect(experts[0].institution).toBe('Coastal Fisheries Justice Alliance');
  });

  it('a verb and its object, or a heading before the name, is no role; "Adv" is a title', () => {
    expect(experts[1].role).toBe('daughter');
    expect(experts[2].role).toBe('Adv');
  });
});

describe('articles before a name run (fixture quotes-romance-articles)', () => {
  const doc = loadFixture('quotes-romance-articles');
  const experts = findExperts({ root: doc.querySelector('article')!, authors: [] });

  it('after a merged article the word before a given name is a place; a gerund phrase is no role', () => {
    expect(experts.map((e) => [e.name, e.role])).toEqual([['Marco Bellandi', null]]);
  });

  it('a plural article makes a place of the run; a glued heading word is no name word', () => {
    const names = (t: string) => findNameMentions(t).map((m) => m.words.join(' '));
    expect(names('El fuego, entre Los Pinares y Bédar, sigue activo.')).toEqual(['El']);
    expect(names('A Surgical TriumphIn Rajgarh district, a baby survived.')).toEqual(['Surgical', 'Rajgarh']);
    expect(names('Il senatore della Florida Marco Rubio ha detto')).toEqual(['Il', 'Marco Rubio']);
  });
});

describe('honorifics in capitals', () => {
  it('"MS" (a school) before a name is no honorific; "Ms" is', () => {
    const school = findNameMentions('Gabi Roth, Leiterin der MS Egger-Lienz sagte: „Es ist heiß.“');
    expect(school.find((m) => m.words.includes('Egger-Lienz'))?.title ?? null).toBeNull();
    expect(school.find((m) => m.words.includes('Egger-Lienz'))?.gender ?? null).toBeNull();
    expect(
      findNameMentions('The plan works, said Ms Jones.').find((m) => m.words.includes('Jones')),
    ).toMatchObject({
      gender: 'f',
    });
  });
});

describe('German genitives and adjectives of place names (fixture quotes-german-place-names)', () => {
  const doc = loadFixture('quotes-german-place-names');
  const experts = findExperts({ root: doc.querySelector('article')!, authors: [] });

  it('"Hamburgs Polizeipräsident", "der Osnabrücker Leseforscher", "der Kieler …": a place, no institution', () => {
    expect(experts.map((e) => [e.name, e.role, e.institution])).toEqual([
      ['Falk Reinhardt', 'Polizeipräsident', null],
      ['Christian Dannemann', 'Leseforscher', null],
      ['Uwe Janssen', 'Politikwissenschaftler', null],
    ]);
  });
});

describe('German titles after the cue, and quotes after someone else is named (fixture quotes-german-article-titles)', () => {
  const doc = loadFixture('quotes-german-article-titles');
  const experts = findExperts({ root: doc.querySelector('article')!, authors: [] });

  const facts = (name: string) => {
    const e = experts.find((x) => x.name === name);
    return [e?.role, e?.institution];
  };

  it('"sagt die Ernährungsberaterin X", "sagte der russische UN-Botschafter X": article and adjectives before the title', () => {
    expect(experts.map((e) => e.name)).toEqual([
      'Jan Albers',
      'Florian Hansen',
      'Roxana Ehrlich',
      'Wassili Nebensja',
      'Petra Lindner',
      'Joe Biden',
    ]);
    expect(facts('Roxana Ehrlich')[0]).toBe('Ernährungsberaterin');
  });

  it('a title compound with an acronym ("SPD-Politiker", "AfD-Fraktionschefin") is role and institution', () => {
    expect(['Jan Albers', 'Wassili Nebensja', 'Petra Lindner'].map(facts)).toEqual([
      ['Politiker', 'SPD'],
      ['UN-Botschafter', null],
      ['Fraktionschefin', 'AfD'],
    ]);
  });

  it('"US-Präsident", "UN-Botschafter": a country or the UN before the title is no employer', () => {
    expect(facts('Joe Biden')).toEqual(['US-Präsident', null]);
  });

  it('a phrase quoted after another person is named in a new sentence is not the earlier speaker’s', () => {
    expect(experts[0].quotes.map((q) => q.text)).toEqual([
      '„Es ist an der Zeit für einen echten Mentalitätswechsel“',
    ]);
  });
});

describe('German descriptors after the verb (fixture quotes-german-descriptors)', () => {
  const doc = loadFixture('quotes-german-descriptors');
  const experts = findExperts({ root: doc.querySelector('article')!, authors: [] });
  const byName = (name: string) => experts.find((e) => e.name === name);

  it('"bekräftigte der Politologe": any German verb of saying the cues know leads a descriptor', () => {
    expect(byName('Jan Weber')?.quotes.map((q) => q.text)).toEqual(['„Noch ist nichts entschieden“']);
  });

  it('"sagt der Anwalt" is the person given that title, both titles of "der Anwalt und Dissident X" kept', () => {
    expect(byName('Ayman Sabri')?.role).toBe('Anwalt und Dissident');
    expect(byName('Ayman Sabri')?.quotes.map((q) => q.text)).toContain(
      'Wir brauchen keine Schutzgarantien. Wir brauchen gleichberechtigte Teilhabe',
    );
    expect(experts.some((e) => /Hamdan|Achmed/.test(e.name))).toBe(false);
  });

  it('"sagte der Finanzprofessor" is the man named before, not the woman quoted before him', () => {
    expect(byName('Volker Brandt')?.quotes.map((q) => q.text)).toEqual([
      '„Wir in Europa sind eh schon hinten dran“',
    ]);
    expect(byName('Christiane Neumann')?.quotes).toHaveLength(1);
  });

  it('"sagte die Behörde" names no person', () => {
    expect(experts.flatMap((e) => e.quotes).some((q) => q.text.includes('Vorfall'))).toBe(false);
    expect(
      ['Anwalt', 'Expertin', 'Finanzprofessor', 'Neurologe', 'Sprecherin'].map((w) =>
        isGermanPersonNoun(w, /in$/.test(w) ? 'f' : 'm'),
      ),
    ).toEqual([true, true, true, true, true]);
    expect([
      isGermanPersonNoun('Behörde', 'f'),
      isGermanPersonNoun('Hersteller', 'm'),
      isGermanPersonNoun('Verein', 'm'),
    ]).toEqual([false, false, false]);
  });

  it('a German title in the feminine says the person is a woman', () => {
    expect(genderOfRole('Executive Director und Expertin für Zahlungsverkehr')).toBe('f');
    expect(genderOfRole('Capco-Expertin')).toBe('f');
    expect(genderOfRole('Finanzprofessor')).toBe(null);
  });

  it('"„…“, so Aberle." and "so der Endokrinologe": "so" right after a quote is a verb of saying', () => {
    expect(byName('Jens Aberle')?.quotes.map((q) => q.text)).toEqual([
      'Die Kassen müssen das Medikament nicht erstatten',
      'Wir hoffen auf neue Regeln',
    ]);
  });

  it('"so der Interimscoach der Meidericher": a genitive ends the descriptor; the coach who just took over speaks', () => {
    expect(byName('Uwe Schuster')?.quotes).toHaveLength(1);
    expect(byName('Boris Schmitz')).toBeUndefined();
  });

  it('"sagte die Synodalpräsidentin" is the woman named before, not the man a heading names after her', () => {
    expect(byName('Annekathrin Pries')?.quotes.map((q) => q.text)).toEqual([
      '„Sexualisierte Gewalt darf keinen Platz in unserer Kirche haben“',
    ]);
    // ("…, sagte die Synodalpräsidentin. Und doch: …": the colon is in another sentence than the
    // verb; the bishop's own "räumte … ein" gives it to him.)
    for (const e of experts)
      expect(e.quotes.some((q) => q.text.includes('weiterhin'))).toBe(e.name === 'Christian Koch');
  });

  it('a sentence opening with „ ends the one before: the quote does not take it in', () => {
    for (const e of experts) for (const q of e.quotes) expect(q.text).not.toMatch(/lehrt|Grundversorgung/);
  });
});
