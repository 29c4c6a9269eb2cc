/**
 * The app itself, loaded by ./main.tsx once the dataset worker runs: language, query client,
 * and React's first render.
 */
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from '../i18n';
import { datasetQueryOptions } from '../shared/data/get-dataset';
import { datasetUrl } from '../shared/data/urls';
import { interfaceFontsReady } from '../shared/fonts';
import { parseUrlState } from '../shared/url-state';
import { warmLocaleDataWhenIdle } from '../shared/warm-up';
import { App } from './App';
import { createQueryClient } from './query-client';

// Start in the link's language so the first paint already has the right text and direction.
const { lang } = parseUrlState(window.location.search).state;
initI18n(lang);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const queryClient = createQueryClient();
// Start the query before React's first render: it takes the read that ./main.tsx began.
void queryClient.prefetchQuery(datasetQueryOptions(datasetUrl()));
// And the font faces the timeline will measure its labels in; and, while the data arrives, the
// language's locale data the first paint formats dates and sorts names with.
void interfaceFontsReady();
warmLocaleDataWhenIdle(lang);

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
