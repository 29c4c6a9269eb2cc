import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../schema/normalize';
import {
  AGENT_NOUNS,
  NAME_TITLE,
  NOT_NAMES,
  TITLE_NAME,
  TITLE_WORDS,
  findNameTitle,
  findTitleName,
  followsAgentNoun,
  loadGazetteer,
} from './index';
import { unnormalisedWords } from '../vocabulary-spelling';
import actorsJson from './actors.json' with { type: 'json' };

/** 5,000 texts of 2–15 pieces each, the same every run (a seeded linear congruential generator). */
function randomTexts(pieces: readonly string[], seed: number): string[] {
  const rand = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
  return Array.from({ length: 5000 }, () =>
    Array.from({ length: 2 + rand(14) }, () => pieces[rand(pieces.length)]!).join(''),
  );
}

const g = loadGazetteer();
const ids = (text: string, at?: string) => g.findEntities(text, at ? { at } : undefined).map((m) => m.id);

describe('gazetteer data', () => {
  it('gives every alias to one actor only', () => {
    const owner = new Map<string, string>();
    for (const a of actorsJson as { id: string; name: { ar: string }; aliases: string[] }[])
      for (const alias of [a.name.ar, ...a.aliases]) {
        const k = normalize(alias);
        expect(owner.get(k) ?? a.id, `"${alias}" is an alias of ${owner.get(k)} and ${a.id}`).toBe(a.id);
        owner.set(k, a.id);
      }
  });
});

describe('findEntities', () => {
  it('finds spelling variants and names behind clitics', () => {
    expect(ids('كيم جونغ أون')).toEqual(['kim-jong-un']);
    expect(ids('كيم جون أون')).toEqual(['kim-jong-un']);
    expect(ids('وكيم جونج أون')).toEqual(['kim-jong-un']);
    expect(ids('وبوتين وللكرملين')).toEqual(['vladimir-putin', 'kremlin']);
    expect(ids('شي جين بينج')).toEqual(['xi-jinping']);
  });
  it('reports offsets into the original text', () => {
    const text = 'قال الرئيسُ فلاديمير بـوتين';
    const [m] = g.findEntities(text).filter((e) => e.id === 'vladimir-putin');
    expect(text.slice(m!.start, m!.end)).toBe('فلاديمير بـوتين');
  });
  it('resolves roles at the article’s date', () => {
    expect(ids('التقى الرئيس الكوري الجنوبي نظيره', '2021-03-01')).toEqual(['moon-jae-in']);
    expect(ids('التقى الرئيس الكوري الجنوبي نظيره', '2024-06-01')).toEqual(['yoon-suk-yeol']);
    expect(ids('التقى الرئيس الكوري الجنوبي نظيره', '2025-08-01')).toEqual(['lee-jae-myung']);
    expect(ids('وزير الدفاع الروسي', '2023-07-01')).toEqual(['sergei-shoigu']);
    expect(ids('وزير الدفاع الروسي', '2024-09-01')).toEqual(['andrei-belousov']);
  });
  it('reads a capital as the state acting, and as a place after "in/to"', () => {
    expect(g.findEntities('أرسلت بيونغ يانغ ذخائر').map((m) => [m.id, m.type])).toEqual([['north-korea', 'actor']]);
    expect(g.findEntities('التقيا في بيونغ يانغ').map((m) => [m.id, m.type])).toEqual([['pyongyang', 'place']]);
    expect(g.findEntities('وصل إلى موسكو').map((m) => [m.id, m.type])).toEqual([['moscow', 'place']]);
  });
  it('does not read a national security council as the UN Security Council', () => {
    expect(ids('عقد اجتماعا طارئا لمجلس الأمن القومي')).toEqual([]);
    expect(ids('استخدمت روسيا الفيتو في مجلس الأمن')).toEqual(['russia', 'un-security-council']);
  });
  it('reads letters both matchers match as the main one does, as the sorted lists did', () => {
    // "لل" + "سوريه" (a name) and "لل" for "ال" + "سوريه" (a demonym): same start, same length.
    expect(g.findEntities('في للسوريه').map((m) => `${m.id}:${m.via}`)).toEqual(['syria:name']);
  });
  it('takes a demonym as the state only after an agent noun', () => {
    expect(ids('أكد جهاز الاستخبارات الكوري الجنوبي')).toEqual(['south-korea']);
    expect(ids('القوات الروسية')).toEqual(['russia']);
    expect(ids('الأراضي الروسية')).toEqual([]);
    // Written with a hamza (ئ), which the normalised text holds as ي.
    expect(ids('وأعلنت الرئاسة الروسية')).toEqual(['russia']);
  });
});

describe('findTitledPersons', () => {
  it('records a person introduced by a title though missing from the gazetteer', () => {
    const text = 'ونقلت رويترز عن أرتيوم لوكين، الأستاذ في جامعة الشرق الأقصى. وقال السفير أندريه كولوميتس إن';
    const found = g.findTitledPersons(text).map((m) => text.slice(m.start, m.end));
    expect(found).toContain('أندريه كولوميتس');
    expect(found).toContain('أرتيوم لوكين');
  });
  it('knows the titles spelled with a hamza (رئيس, نائب: normalised ي), before or after the name', () => {
    const text = 'وقال رئيس الوزراء أوليغ نيكولين إن الاتفاق جاهز. وأضاف كريم سالموف، رئيس مركز الدراسات، أن';
    const found = g.findTitledPersons(text).map((m) => text.slice(m.start, m.end));
    expect(found).toContain('أوليغ نيكولين');
    expect(found).toContain('كريم سالموف');
    const deputy = 'وقالت النائبة ماريا بوتينا إن';
    expect(g.findTitledPersons(deputy).map((m) => deputy.slice(m.start, m.end))).toEqual(['ماريا بوتينا']);
  });
  it('does not take ordinary words for names', () => {
    expect(g.findTitledPersons('وقال الرئيس إن البلدين سيواصلان')).toEqual([]);
  });
});

describe('on the seeds', () => {
  it('finds the leaders of seeds/000’s first sentence once each', () => {
    const text = readFileSync(resolve(import.meta.dirname, '../../../seeds/000_134042af00a69b14.txt'), 'utf8');
    const first = text.slice(0, text.indexOf('\n'));
    expect(new Set(ids(first))).toEqual(new Set(['vladimir-putin', 'north-korea', 'kim-jong-un']));
  });
});

describe('followsAgentNoun', () => {
  // What it replaces: the same nouns as one regular expression anchored at the end.
  const AGENT_NOUNS_RE =
    /(?:الاستخبارات|المخابرات|جهاز|الشرطه|البرلمان|الوكاله|الحكومه|القوات|الجيش|الوزاره|السلطات|المسوولين|المسوولون|الدبلوماسيه|البحريه|الرياسه|الخارجيه|العملاق|الجانب|الشركات|الناقلات)\s*$/u;

  it('agrees with the regular expression it replaces', () => {
    const cases = [
      'وقالت القوات',
      'وقالت القوات ',
      'وقالت القوات \n\t\u00a0\u2003',
      'وقالت قواتها',
      'القواتالروسيه',
      'وسائل اعلام',
      'ونقلت وسائل الاعلام  ',
      'وسائل  اعلام',
      'الجيش.',
      'الجيش،',
      '',
      ' ',
      'جهازي',
      'في الشركات\u200b',
    ];
    for (const c of cases) expect(followsAgentNoun(c), JSON.stringify(c)).toBe(AGENT_NOUNS_RE.test(c));
  });

  it('agrees on every 30-character window of the seeds', () => {
    const dir = resolve(import.meta.dirname, '../../../seeds');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
      const text = normalize(readFileSync(resolve(dir, file), 'utf8'));
      for (let i = 0; i < text.length; i++) {
        const before = text.slice(Math.max(0, i - 30), i);
        if (followsAgentNoun(before) !== AGENT_NOUNS_RE.test(before)) expect.fail(`${file} at ${i}`);
      }
    }
  });
});

describe('findNameTitle', () => {
  const byExec = (text: string) => {
    const out: string[] = [];
    NAME_TITLE.lastIndex = 0;
    for (let m = NAME_TITLE.exec(text); m; m = NAME_TITLE.exec(text)) out.push(`${m.index}:${m[0]}:${m[1]}:${m[2]}`);
    return out;
  };
  const anchored = (text: string) => findNameTitle(text).map((m) => `${m.index}:${m[0]}:${m[1]}:${m[2]}`);

  it('finds what the expression finds everywhere', () => {
    expect(anchored('قال أرتيوم لوكين، الأستاذ في جامعة')).toEqual(byExec('قال أرتيوم لوكين، الأستاذ في جامعة'));
    expect(anchored('قال ارتيوم لوكين ، الاستاذ في جامعه').length).toBe(1);
    // Pieces that make and break the pattern: name letters, other letters, spaces, commas, titles.
    const pieces = [
      'ارتيوم',
      'لو',
      'كين',
      'ab',
      'ک',
      'ء',
      ' ',
      '  ',
      '\n',
      '\u00a0',
      '،',
      '، ',
      'مسوول',
      'الخبير',
      'رئيس',
      '.',
      '3',
    ];
    for (const text of randomTexts(pieces, 9)) expect(anchored(text), JSON.stringify(text)).toEqual(byExec(text));
  });
});

describe('findTitleName', () => {
  const show = (ms: RegExpExecArray[]) => ms.map((m) => `${m.index}:${m[0]}:${m[1]}:${m[2]}`);
  const byExec = (text: string) => {
    const out: RegExpExecArray[] = [];
    TITLE_NAME.lastIndex = 0;
    for (let m = TITLE_NAME.exec(text); m; m = TITLE_NAME.exec(text)) out.push(m);
    return show(out);
  };

  it('finds what the expression finds everywhere', () => {
    expect(show(findTitleName('وقال السفير اندريه كولوميتس'))).toEqual(byExec('وقال السفير اندريه كولوميتس'));
    // The farthest a match starts before its title word: و, ال, then the title's own ال.
    expect(show(findTitleName('والالسفير اندريه كولوميتس'))).toEqual(['0:والالسفير اندريه كولوميتس:اندريه:كولوميتس']);
    const pieces = [
      'و',
      'ف',
      'ال',
      'رئيس',
      'الرئيس',
      'رئيس الوزراء',
      'وزير',
      'وزيره',
      'السفيره',
      'المتحدث باسم',
      'الخبير',
      'ارتيوم',
      'لو',
      'كين',
      'ab',
      'ک',
      ' ',
      '  ',
      '\n',
      '،',
      '3',
    ];
    for (const text of randomTexts(pieces, 7))
      expect(show(findTitleName(text)), JSON.stringify(text)).toEqual(byExec(text));
  });
});

describe("the finder's own words", () => {
  it('are spelled as normalised text has them (with a "ئ" or "إ" a word never matches)', () => {
    const sources = [TITLE_NAME.source, NAME_TITLE.source, TITLE_WORDS.source, ...AGENT_NOUNS, ...NOT_NAMES];
    expect(unnormalisedWords(sources)).toEqual([]);
  });
});
