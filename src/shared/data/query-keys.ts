/** Query keys, built once, from general to specific (invalidate `all` to drop every data file). */
export const dataKeys = {
  all: ['khatt-data'] as const,
  dataset: (url: string) => [...dataKeys.all, 'dataset', url] as const,
  article: (url: string) => [...dataKeys.all, 'article', url] as const,
  eventDetails: (url: string) => [...dataKeys.all, 'event-details', url] as const,
};
