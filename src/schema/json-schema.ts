/** JSON Schema of the dataset files, generated from the zod schema, for tools outside this project. */
import { z } from 'zod';
import { ArticleTextFile, DatasetFile, EventDetailsFile } from './dataset';
import { EVENTS_PER_DETAILS_FILE } from './paths';

export function datasetJsonSchemas(): Record<string, unknown> {
  const opts = { target: 'draft-2020-12', unrepresentable: 'any' } as const;
  return {
    'timeline.schema.json': { title: 'Khatt timeline dataset (timeline.json)', ...z.toJSONSchema(DatasetFile, opts) },
    'article-text.schema.json': {
      title: 'Khatt article texts (sources/<n>.json, named by each article record)',
      ...z.toJSONSchema(ArticleTextFile, opts),
    },
    'event-details.schema.json': {
      title: `Khatt event details (events/<n>.json: ~${EVENTS_PER_DETAILS_FILE} events, n from a hash of the id, see eventDetailsPath)`,
      ...z.toJSONSchema(EventDetailsFile, opts),
    },
  };
}
