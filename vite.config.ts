import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import {
  defineConfig,
  transformWithOxc,
  type HtmlTagDescriptor,
  type IndexHtmlTransformContext,
  type IndexHtmlTransformResult,
  type Plugin,
} from 'vite';
import react from '@vitejs/plugin-react';
// Modules without imports of their own, so Vite's config loader can read them as they are.
import { LANGUAGES } from './src/i18n/languages.ts';
import { APP_DATASET_PATH } from './src/schema/paths.ts';
import { INLINE_WORKER_GLOBAL } from './src/shared/data/inline-worker.ts';

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

/** Context a build-time index.html rewrite gets: the output bundle and the configured base URL. */
type HtmlRewrite = (
  html: string,
  bundle: NonNullable<IndexHtmlTransformContext['bundle']>,
  base: string,
) => IndexHtmlTransformResult | Promise<IndexHtmlTransformResult>;

/** A plugin that rewrites the built index.html once the bundle (and its hashed names) exists. */
function rewriteBuiltHtml(name: string, rewrite: HtmlRewrite): Plugin {
  let base = './';
  return {
    name,
    apply: 'build',
    configResolved: (config) => {
      base = config.base;
    },
    transformIndexHtml: { order: 'post', handler: (html, ctx) => rewrite(html, ctx.bundle ?? {}, base) },
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
  return rewriteBuiltHtml('khatt-preload-fonts', (_html, bundle, base) =>
    Object.keys(bundle)
      .filter((file) => PRELOADED_FONTS.test(file))
      .sort()
      .map((file) => ({
        tag: 'link',
        attrs: { rel: 'preload', as: 'font', type: 'font/woff2', href: `${base}${file}`, crossorigin: '' },
        injectTo: 'head',
      })),
  );
}

const APP_MODULE = 'src/app/boot.tsx';

/**
 * The app proper (src/app/boot.tsx) is a dynamic import of the entry, which first starts the
 * dataset worker (src/app/main.tsx explains why). Preload it, and the chunks it imports, from
 * index.html, so it downloads and compiles while the worker starts instead of after. Its styles
 * are linked from index.html too: Vite's import of a chunk waits for the chunk's CSS, which it
 * would otherwise only request then (~10–150 ms more here); with the link already in the page it
 * does not ask again.
 */
function preloadApp(): Plugin {
  return rewriteBuiltHtml('khatt-preload-app', (html, bundle, base) => {
    const chunk = (file: string) => {
      const output = bundle[file];
      return output?.type === 'chunk' ? output : undefined;
    };
    const app = Object.values(bundle).find((c) => c.type === 'chunk' && c.facadeModuleId?.endsWith(APP_MODULE));
    if (!app) throw new Error(`khatt-preload-app: no chunk for ${APP_MODULE} in the bundle`);
    const files = new Set<string>();
    const add = (file: string) => {
      if (files.has(file)) return;
      files.add(file);
      for (const dep of chunk(file)?.imports ?? []) add(dep);
    };
    add(app.fileName);
    const styles = [...files].flatMap((file) => [...(chunk(file)?.viteMetadata?.importedCss ?? [])]);
    const link = (rel: string, file: string): HtmlTagDescriptor => ({
      tag: 'link',
      attrs: { rel, crossorigin: '', href: `${base}${file}` },
      injectTo: 'head',
    });
    const absent = (file: string) => !html.includes(`${base}${file}"`);
    return [
      ...[...files].filter(absent).map((file) => link('modulepreload', file)),
      ...[...new Set(styles)].filter(absent).map((file) => link('stylesheet', file)),
    ];
  });
}

const INLINE_START = 'src/app/inline-start.ts';
const WORKER_FILE = /^assets\/read-dataset\.worker-[\w-]+\.js$/;

/**
 * Start the dataset worker from an inline script at the top of index.html (src/app/inline-start.ts
 * says why), allowed by its hash in the page's CSP. Build only: the dev server has no worker file
 * to name, and there the entry starts the worker itself.
 */
function startWorkerInline(): Plugin {
  return rewriteBuiltHtml('khatt-start-worker-inline', async (html, bundle, base) => {
    const worker = Object.keys(bundle).find((file) => WORKER_FILE.test(file));
    if (!worker) throw new Error('khatt-start-worker-inline: no dataset worker in the bundle');
    const { code } = await transformWithOxc(readFileSync(INLINE_START, 'utf8'), INLINE_START, { lang: 'ts' });
    // Type imports are erased; anything else would be a syntax error inside the inline script.
    if (/^\s*import\b/m.test(code)) throw new Error(`khatt-start-worker-inline: ${INLINE_START} imports at run time`);
    const options = {
      worker: `${base}${worker}`,
      dataset: `${base}${APP_DATASET_PATH}`,
      langs: LANGUAGES, // the default first, as src/shared/url-state.ts reads it (tested)
      global: INLINE_WORKER_GLOBAL,
    };
    const script = `(() => {\n${code.replace(/^export /gm, '')}\nstartDatasetWorkerInline(${JSON.stringify(options)});\n})();`;
    const hash = createHash('sha256').update(script).digest('base64');
    // After the CSP <meta>, which then covers it: a policy in a <meta> governs only what follows it.
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"\s*\/?>/;
    const match = meta.exec(html);
    if (!match?.[1]?.includes("script-src 'self'"))
      throw new Error(`khatt-start-worker-inline: index.html has no CSP <meta> with "script-src 'self'"`);
    const policy = match[1].replace("script-src 'self'", `script-src 'self' 'sha256-${hash}'`);
    return html.replace(
      meta,
      `<meta http-equiv="Content-Security-Policy" content="${policy}" />\n    <script>${script}</script>`,
    );
  });
}

// `base` is relative so the built site works under any sub-path (e.g. https://host/khatt/)
// without a rebuild; `vite build --base=/khatt/` also works.
// KHATT_PUBLIC_DIR points dev/build at another compiled dataset (a directory holding data/),
// e.g. a generated large corpus, without touching public/.
export default defineConfig({
  base: './',
  publicDir: process.env.KHATT_PUBLIC_DIR ?? 'public',
  plugins: [react(), devCspForFastRefresh(), preloadInterfaceFonts(), preloadApp(), startWorkerInline()],
  build: { target: 'es2022', sourcemap: false },
  // The dataset worker (src/shared/data/read-dataset.worker.ts) is a module worker, like the app.
  worker: { format: 'es' },
  preview: { host: '127.0.0.1', strictPort: true },
  // Scratch corpora and benchmark output hold tens of thousands of files: not sources to watch.
  server: { host: '127.0.0.1', watch: { ignored: ['**/.tmp/**', '**/bench/out/**'] } },
});
