import { QueryClient } from '@tanstack/react-query';

/** One per app (and one per test): the data is static, so nothing refetches on its own. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
      },
    },
  });
}
