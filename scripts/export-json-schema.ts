/** `npm run schema`: regenerate schema/*.json from src/schema/dataset.ts. */
import { writeFileSync } from 'node:fs';
import { datasetJsonSchemas } from '../src/schema/json-schema';

for (const [name, schema] of Object.entries(datasetJsonSchemas())) {
  writeFileSync(new URL(`../schema/${name}`, import.meta.url), `${JSON.stringify(schema, null, 2)}\n`);
  process.stderr.write(`wrote schema/${name}\n`);
}
