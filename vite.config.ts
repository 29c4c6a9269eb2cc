import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The dev server only: React Fast Refresh needs an inline preamble script that index.html's CSP
 * (`script-src 'self'`) forbids. Relax it for `vite` (dev) and never for `vite build`/preview.
 */
function devCspForFastRefresh(): Plugin {
  return {
    name: 'khatt-dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"),
  };
}

/**
 * Preload the interface font faces from index.html. The browser only asks for a web font once
 * some laid-out text needs it, i.e. after the app's script has run and rendered (~1 s in at
 * 10,000 events); the timeline waits for these faces before measuring its labels
 * (src/shared/fonts.ts). Build only: the hashed file names exist once the bundle does.
 */
const PRELOADED_FONTS = /^assets\/noto-sans-arabic-(arabic|latin)-(400|600)-normal-[\w-]+\.woff2$/;

function preloadInterfaceFonts(): Plugin {
  let base = './';
  return {
    name: 'khatt-preload-fonts',
    apply: 'build',
    configResolved: (config) => {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler: (_html, ctx) =>
        Object.keys(ctx.bundle ?? {})
          .filter((file) => PRELOADED_FONTS.test(file))
          .sort()
          .map((file) => ({
            tag: 'link',
            attrs: { rel: 'preload', as: 'font', type: 'font/woff2', href: `${base}${file}`, crossorigin: '' },
            injectTo: 'head',
          })),
    },
  };
}

const START_DATA = 'src/app/start-data.ts';

/**
 * src/app/start-data.ts as its own entry script, ahead of the app's in index.html: it starts the
 * dataset worker as soon as a few KB have arrived instead of after the ~450 KB app chunk has been
 * downloaded and compiled (~0.25 s earlier). Module scripts run in document order, so it always
 * runs before the app; if it fails to load, the app reads the dataset itself.
 */
function startDataFirst(): Plugin {
  let base = './';
  let build = false;
  return {
    name: 'khatt-start-data-first',
    configResolved: (config) => {
      base = config.base;
      build = config.command === 'build';
    },
    buildStart() {
      if (build)
        this.emitFile({ type: 'chunk', id: fileURLToPath(new URL(START_DATA, import.meta.url)), name: 'start-data' });
    },
    transformIndexHtml: {
      order: 'post',
      handler: (html, ctx) => {
        const chunk = Object.values(ctx.bundle ?? {}).find(
          (c) => c.type === 'chunk' && c.isEntry && c.name === 'start-data',
        );
        if (build && !chunk) throw new Error(`khatt-start-data-first: no ${START_DATA} chunk in the bundle`);
        const src = chunk ? `${base}${chunk.fileName}` : `/${START_DATA}`;
        // Right after the CSP <meta>, which only governs what comes after it, and before the app.
        const csp = /<meta[^>]*http-equiv="Content-Security-Policy"[^>]*>/.exec(html);
        if (!csp) throw new Error('khatt-start-data-first: index.html has no Content-Security-Policy <meta>');
        const at = csp.index + csp[0].length;
        return `${html.slice(0, at)}\n    <script type="module" crossorigin src="${src}"></script>${html.slice(at)}`;
      },
    },
  };
}

// `base` is relative so the built site works under any sub-path (e.g. https://host/khatt/)
// without a rebuild; `vite build --base=/khatt/` also works.
// KHATT_PUBLIC_DIR points dev/build at another compiled dataset (a directory holding data/),
// e.g. a generated large corpus, without touching public/.
export default defineConfig({
  base: './',
  publicDir: process.env.KHATT_PUBLIC_DIR ?? 'public',
  plugins: [react(), devCspForFastRefresh(), preloadInterfaceFonts(), startDataFirst()],
  build: { target: 'es2022', sourcemap: false },
  // The dataset worker (src/shared/data/read-dataset.worker.ts) is a module worker, like the app.
  worker: { format: 'es' },
  preview: { host: '127.0.0.1', strictPort: true },
  // Scratch corpora and benchmark output hold tens of thousands of files: not sources to watch.
  server: { host: '127.0.0.1', watch: { ignored: ['**/.tmp/**', '**/bench/out/**'] } },
});
