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

const APP_MODULE = 'src/app/boot.tsx';

/**
 * The app proper (src/app/boot.tsx) is a dynamic import of the entry, which first starts the
 * dataset worker (src/app/main.tsx explains why). Preload it, and the chunks it imports, from
 * index.html, so it downloads and compiles while the worker starts instead of after.
 */
function preloadApp(): Plugin {
  let base = './';
  return {
    name: 'khatt-preload-app',
    apply: 'build',
    configResolved: (config) => {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler: (html, ctx) => {
        const chunks = Object.values(ctx.bundle ?? {}).filter((c) => c.type === 'chunk');
        const app = chunks.find((c) => c.facadeModuleId?.endsWith(APP_MODULE));
        if (!app) throw new Error(`khatt-preload-app: no chunk for ${APP_MODULE} in the bundle`);
        const files = new Set<string>();
        const add = (file: string) => {
          if (files.has(file)) return;
          files.add(file);
          for (const dep of chunks.find((c) => c.fileName === file)?.imports ?? []) add(dep);
        };
        add(app.fileName);
        return [...files]
          .filter((file) => !html.includes(`${base}${file}"`))
          .map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: '', href: `${base}${file}` },
            injectTo: 'head',
          }));
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
  plugins: [react(), devCspForFastRefresh(), preloadInterfaceFonts(), preloadApp()],
  build: { target: 'es2022', sourcemap: false },
  // The dataset worker (src/shared/data/read-dataset.worker.ts) is a module worker, like the app.
  worker: { format: 'es' },
  preview: { host: '127.0.0.1', strictPort: true },
  // Scratch corpora and benchmark output hold tens of thousands of files: not sources to watch.
  server: { host: '127.0.0.1', watch: { ignored: ['**/.tmp/**', '**/bench/out/**'] } },
});
