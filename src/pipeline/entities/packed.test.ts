import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EntityMention } from '../types';
import { loadGazetteer } from './index';
import { forEachMention, packMentions, titledMentions, unpackMentions } from './packed';

const SEEDS = resolve(import.meta.dirname, '../../../seeds');
const g = loadGazetteer();
const seedMentions = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => g.findEntities(readFileSync(resolve(SEEDS, f), 'utf8')));

describe('packMentions', () => {
  it("gives back every seed article's mentions as they were, in order", () => {
    expect(seedMentions.flat().length).toBeGreaterThan(100);
    for (const mentions of seedMentions) {
      const packed = packMentions(mentions);
      expect(packed.data).toHaveLength(mentions.length * 4);
      expect(unpackMentions(packed)).toEqual(mentions);
      expect(packed.ids).toEqual([...new Set(mentions.map((m) => m.id))]);
    }
  });

  it('keeps every field: each type, kind (or none) and way of finding', () => {
    const mentions: EntityMention[] = [
      { start: 0, end: 5, id: 'vladimir-putin', type: 'actor', kind: 'person', via: 'name' },
      { start: 6, end: 9, id: 'russia', type: 'actor', kind: 'country', via: 'demonym' },
      { start: 10, end: 20, id: 'un', type: 'actor', kind: 'organization', via: 'role' },
      { start: 21, end: 30, id: 'ivan-petrov', type: 'actor', kind: 'person', via: 'titled' },
      { start: 31, end: 40, id: 'vostochny', type: 'place', via: 'name' },
      { start: 41, end: 46, id: 'vladimir-putin', type: 'actor', kind: 'person', via: 'role' },
    ];
    const packed = packMentions(mentions);
    expect(unpackMentions(packed)).toEqual(mentions);
    expect(packed.ids).toEqual(['vladimir-putin', 'russia', 'un', 'ivan-petrov', 'vostochny']);
    expect(titledMentions(packed)).toEqual([mentions[3]]);
    const seen: unknown[] = [];
    forEachMention(packed, (id, type, start, end) => seen.push([id, type, start, end]));
    expect(seen).toEqual(mentions.map((m) => [m.id, m.type, m.start, m.end]));
  });

  it('refuses a mention it could not give back', () => {
    const odd = (m: object) => ({ start: 0, end: 1, id: 'x', type: 'actor', via: 'name', ...m }) as EntityMention;
    expect(() => packMentions([odd({})])).not.toThrow();
    for (const bad of [{ via: 'guess' }, { kind: 'planet' }, { type: 'thing' }])
      expect(() => packMentions([odd(bad)]), JSON.stringify(bad)).toThrow(/cannot pack the mention/);
  });
});
