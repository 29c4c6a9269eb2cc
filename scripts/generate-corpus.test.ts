import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  UsageError,
  deltaFits,
  findDateTokens,
  findPersonTokens,
  generateCorpus,
  loadPeople,
  rewrite,
  shiftFor,
  splitBodySentences,
  writeCorpus,
  type Shift,
} from './generate-corpus';

const ROOT = resolve(__dirname, '..');
const SEEDS = join(ROOT, 'seeds');
const GAZETTEER = join(ROOT, 'src/pipeline/entities');
const day = (s: string) =>
  Date.UTC(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10))) / 86_400_000;

/** Rewrite the whole of `text`, written on `anchor`, as if written `delta` days later. */
function shifted(text: string, anchor: string, delta: number, extra: Partial<Shift> = {}): string {
  const tokens = findDateTokens(text, day(anchor));
  const s: Shift = {
    ...shiftFor(day(anchor), delta),
    plainAlef: false,
    indicDigits: false,
    people: new Map(),
    ...extra,
  };
  return rewrite(text, tokens, 0, text.length, s);
}

describe('date rewriting', () => {
  it('shifts a day range with paired month names and keeps the weekdays true', () => {
    // 2024-06-18 was a Tuesday; 30 days later is Thursday 2024-07-18.
    expect(shifted('يومي الثلاثاء والأربعاء 18 و19 حزيران/يونيو 2024.', '2024-06-17', 30)).toBe(
      'يومي الخميس والجمعة 18 و19 تموز/يوليو 2024.',
    );
  });

  it('moves month+year, month alone and year alone by the calendar shift of the article', () => {
    // Written 2024-06-17, moved to 2021-02-17: 40 months and 3 years earlier.
    const delta = day('2021-02-17') - day('2024-06-17');
    expect(shifted('خلال زيارته لروسيا في أيلول/سبتمبر 2023', '2024-06-17', delta)).toBe(
      'خلال زيارته لروسيا في أيار/مايو 2020',
    );
    expect(shifted('في آذار/مارس استخدمت روسيا الفيتو', '2024-06-17', delta)).toBe(
      'في تشرين الثاني/نوفمبر استخدمت روسيا الفيتو',
    );
    expect(shifted('عندما زار بوتين كوريا الشمالية في عام 2000', '2024-06-17', delta)).toBe(
      'عندما زار بوتين كوريا الشمالية في عام 1997',
    );
    expect(shifted('الحرب الكورية 1950-1953 والأعوام 1961 و2000', '2024-06-17', delta)).toBe(
      'الحرب الكورية 1947-1950 والأعوام 1958 و1997',
    );
  });

  it('handles day+month without a year, "من الجاري", Arabic-Indic digits and the Levantine system alone', () => {
    expect(shifted('في 12 يونيو وفي 19 و20 من الجاري', '2024-06-17', 7)).toBe('في 19 يونيو وفي 26 و27 من الجاري');
    expect(shifted('في ١٨ كانون الثاني ٢٠٢٤', '2024-06-17', 14)).toBe('في ١ شباط ٢٠٢٤');
  });

  it('writes plain-alef spellings and Arabic-Indic digits when the article asks for them', () => {
    expect(shifted('في 18 أبريل 2024 يوم الأربعاء', '2024-06-17', 0, { plainAlef: true, indicDigits: true })).toBe(
      'في ١٨ ابريل ٢٠٢٤ يوم الاربعاء',
    );
  });

  it('leaves "the two" (أن الاثنين) and numbers that are not dates alone', () => {
    const text = 'وذكرت وسائل الإعلام أن الاثنين سافرا، وأرسلت 6700 حاوية وصواريخ عيار 122 ملم وسوخوي-35.';
    expect(shifted(text, '2024-06-17', 3)).toBe(text);
  });

  it('refuses a shift that would break a stated range across two months', () => {
    const tokens = findDateTokens('يومي 18 و19 حزيران/يونيو 2024', day('2024-06-17'));
    expect(deltaFits(tokens, day('2024-06-17'), 12)).toBe(false); // 30 June and 1 July
    expect(deltaFits(tokens, day('2024-06-17'), 11)).toBe(true);
  });

  it('finds people by any spelling, with clitics, and writes the swapped person', () => {
    const people = [
      {
        id: 'vladimir-putin',
        spellings: ['فلاديمير بوتين', 'بوتين'],
        name: 'فلاديمير بوتين',
        country: 'russia',
        roles: [],
      },
    ];
    const text = 'والتقى فلاديمير بوتين وكيم، ثم غادر بوتين.';
    const tokens = findPersonTokens(text, people);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['فلاديمير بوتين', 'بوتين']);
    const s: Shift = {
      ...shiftFor(0, 0),
      plainAlef: false,
      indicDigits: false,
      people: new Map([['vladimir-putin', { full: 'شي جين بينغ', short: 'شي' }]]),
    };
    expect(rewrite(text, tokens, 0, text.length, s)).toBe('والتقى شي جين بينغ وكيم، ثم غادر شي.');
  });

  it('splits body lines into sentences but not inside "19 يونيو. 2024"', () => {
    const text = 'في 19 يونيو. 2024 التقى الزعيمان في بيونغ يانغ. ثم غادر بوتين إلى هانوي بعد ذلك بيوم واحد.';
    const parts = splitBodySentences(text, 0, text.length).map((p) => text.slice(p.start, p.end));
    expect(parts).toEqual([
      'في 19 يونيو. 2024 التقى الزعيمان في بيونغ يانغ.',
      'ثم غادر بوتين إلى هانوي بعد ذلك بيوم واحد.',
    ]);
  });
});

describe('generateCorpus', () => {
  const opts = { seed: 'test', seedsDir: SEEDS, gazetteerDir: GAZETTEER };

  it('is deterministic, and a smaller corpus is a prefix of a larger one', async () => {
    const a = await generateCorpus({ ...opts, count: 40 });
    const b = await generateCorpus({ ...opts, count: 40 });
    expect(b).toEqual(a);
    const small = await generateCorpus({ ...opts, count: 12 });
    expect(small.articles).toEqual(a.articles.slice(0, 12));
    const other = await generateCorpus({ ...opts, seed: 'other', count: 12 });
    expect(other.articles.map((x) => x.text)).not.toEqual(small.articles.map((x) => x.text));
  });

  it('spreads publication dates over 2019–2025 and writes realistic, varied articles', async () => {
    const { articles, manifest } = await generateCorpus({ ...opts, count: 200 });
    const years = new Set(articles.flatMap((a) => (a.publishedAt ? [a.publishedAt.slice(0, 4)] : [])));
    for (const y of years) expect(Number(y)).toBeGreaterThanOrEqual(2019);
    for (const y of years) expect(Number(y)).toBeLessThanOrEqual(2025);
    expect(years.size).toBeGreaterThanOrEqual(5);
    expect(new Set(articles.map((a) => a.text)).size).toBe(articles.length);
    for (const a of articles) {
      expect(a.text.length).toBeGreaterThan(300);
      expect(Object.keys(manifest.articles)).toContain(a.file);
    }
    // Site furniture from the seeds rides along (tails, markers), so the compiler has to drop it.
    const all = articles.map((a) => a.text).join('\n');
    expect(all).toMatch(/المصدر/u);
    expect(all).toMatch(/إقرأ أيضاً|اقرأ أيضاً/u);
    expect(all).toMatch(/كلمات دلالية|Comments are closed\.|Share\./u);
  });
});

describe('people from the gazetteer', () => {
  const people = loadPeople(GAZETTEER);

  it('swaps in the holder of the same office at the shifted date', async () => {
    expect(people.length, 'the gazetteer has people with terms of office').toBeGreaterThan(0);
    // Seeds name South Korea's 2024 president; copies moved before May 2022 name the president then.
    const { articles } = await generateCorpus({ seed: 'people', seedsDir: SEEDS, gazetteerDir: GAZETTEER, count: 300 });
    const early = articles.filter((a) => a.publishedAt !== null && a.publishedAt < '2022-05');
    const late = articles.filter(
      (a) => a.publishedAt !== null && a.publishedAt >= '2022-06' && a.publishedAt < '2025-04',
    );
    expect(early.some((a) => a.text.includes('مون جاي'))).toBe(true);
    expect(early.some((a) => a.text.includes('يون سوك يول'))).toBe(false);
    expect(late.some((a) => a.text.includes('مون جاي'))).toBe(false);
  });
});

describe('writeCorpus', () => {
  const dirs: string[] = [];
  const tmp = () => {
    const d = mkdtempSync(join(tmpdir(), 'khatt-gen-'));
    dirs.push(d);
    return d;
  };
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('writes byte-identical files for the same arguments, and clears its own earlier output', async () => {
    const a = tmp();
    const b = tmp();
    const base = { seed: 'w', seedsDir: SEEDS, gazetteerDir: GAZETTEER };
    await writeCorpus({ ...base, count: 15, outDir: join(a, 'c') });
    await writeCorpus({ ...base, count: 15, outDir: join(b, 'c') });
    const files = readdirSync(join(a, 'c')).sort();
    expect(files).toContain('manifest.json');
    expect(files.filter((f) => f.endsWith('.txt'))).toHaveLength(15);
    expect(readdirSync(join(b, 'c')).sort()).toEqual(files);
    for (const f of files) expect(readFileSync(join(b, 'c', f))).toEqual(readFileSync(join(a, 'c', f)));
    await writeCorpus({ ...base, count: 5, outDir: join(a, 'c') });
    expect(readdirSync(join(a, 'c')).filter((f) => f.endsWith('.txt'))).toHaveLength(5);
  });

  it('never writes into the seeds or into a folder it did not make', async () => {
    const base = { seed: 'w', seedsDir: SEEDS, gazetteerDir: GAZETTEER, count: 3 };
    const before = readdirSync(SEEDS).sort();
    await expect(writeCorpus({ ...base, outDir: SEEDS })).rejects.toThrow(UsageError);
    await expect(writeCorpus({ ...base, outDir: join(SEEDS, 'generated') })).rejects.toThrow(UsageError);
    expect(readdirSync(SEEDS).sort()).toEqual(before);
    const foreign = tmp();
    writeFileSync(join(foreign, 'notes.txt'), 'mine');
    await expect(writeCorpus({ ...base, outDir: foreign })).rejects.toThrow(/not empty/);
    expect(readFileSync(join(foreign, 'notes.txt'), 'utf8')).toBe('mine');
  });
});

describe('the generate command', () => {
  it('exits 4 with advice, not a stack trace, when --out cannot be made', () => {
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'scripts/generate-corpus.ts'), '--count', '1', '--out', '/proc/khatt-generate'],
      { cwd: ROOT, encoding: 'utf8', timeout: 60_000 },
    );
    expect(r.status, r.stderr).toBe(4);
    expect(r.stderr).toBe(
      'khatt generate: cannot write /proc/khatt-generate: ENOENT (mkdir). Pass --out with a folder you can write to.\n',
    );
  });
});
