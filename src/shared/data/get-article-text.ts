import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ArticleTextFile, Source } from '../../schema/dataset';
import { COMPILED_FILE_QUERY } from './compiled-file-query';
import { DataLoadError } from './errors';
import { fetchValidated, itemOf } from './fetch-json';
import { dataKeys } from './query-keys';
import { loadSchemas } from './schemas';
import { articleUrl } from './urls';

/**
 * One article's full text, loaded when a reader opens it (never with the dataset, which stays a
 * compact index), from the file its record names (a few articles share one: one query per file).
 * Checked against the dataset's own record of it: excerpt offsets are only meaningful in the very
 * text they were cut from.
 */
export function articleTextQueryOptions(source: Source, datasetHref: string) {
  let url: string;
  let refused: string | null = null;
  try {
    url = articleUrl(source.textUrl, datasetHref);
  } catch (e) {
    // Report through the query's error state: this runs during render and must not throw.
    url = source.textUrl;
    refused = e instanceof Error ? e.message : String(e);
  }
  return queryOptions({
    queryKey: dataKeys.article(url),
    queryFn: async ({ signal }): Promise<ArticleTextFile> => {
      if (refused !== null) throw new DataLoadError('invalid', url, refused);
      const { ArticleTextFile } = await loadSchemas();
      return fetchValidated(url, ArticleTextFile, signal);
    },
    select: (file: ArticleTextFile) => {
      const article = itemOf(file.articles, source.id, url, 'text of article');
      if (article.text.length !== source.length)
        throw new DataLoadError(
          'invalid',
          url,
          `article "${article.id}" (${article.text.length} characters) is not the dataset's (${source.length})`,
        );
      return article;
    },
    ...COMPILED_FILE_QUERY,
    gcTime: 10 * 60_000,
  });
}

export function useArticleText(source: Source, datasetHref: string) {
  return useQuery(articleTextQueryOptions(source, datasetHref));
}
