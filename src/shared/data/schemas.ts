/**
 * The dataset schema for the page, loaded on demand: zod and the schema are a sixth of the app's
 * first chunk and nothing before the first paint needs them (the index is validated in the
 * dataset worker), so they arrive as a chunk of their own when a details file or an article is
 * first read, or when the page is idle (`warmSchemas`). Types still come from ../../schema.
 */
import { whenIdle } from '../idle';

export const loadSchemas = () => import('../../schema/dataset');

/** Fetches the schema chunk once the page is idle, so opening the first event does not wait for it. */
export function warmSchemas(): () => void {
  return whenIdle(() => void loadSchemas(), 2000);
}
