import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetJsonSchemas } from '../src/schema/json-schema';

describe('schema/*.json', () => {
  it('are up to date with src/schema/dataset.ts (run `npm run schema` after changing it)', () => {
    for (const [name, schema] of Object.entries(datasetJsonSchemas())) {
      const committed: unknown = JSON.parse(readFileSync(new URL(`../schema/${name}`, import.meta.url), 'utf8'));
      expect(committed, name).toEqual(schema);
    }
  });
});
