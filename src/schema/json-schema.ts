/** JSON Schema of the dataset files, generated from the zod schema, for tools outside this project. */
import { z } from 'zod';
import { ArticleText, DatasetFile, EventDetails } from './dataset';

export function datasetJsonSchemas(): Record<string, unknown> {
  const opts = { target: 'draft-2020-12', unrepresentable: 'any' } as const;
  return {
    'timeline.schema.json': { title: 'Khatt timeline dataset (timeline.json)', ...z.toJSONSchema(DatasetFile, opts) },
    'article-text.schema.json': {
      title: 'Khatt article text (sources/<id>.json)',
      ...z.toJSONSchema(ArticleText, opts),
    },
    'event-details.schema.json': {
      title: 'Khatt event details (events/<id>.json)',
      ...z.toJSONSchema(EventDetails, opts),
    },
  };
}
