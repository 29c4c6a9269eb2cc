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

// `base` is relative so the built site works under any sub-path (e.g. https://host/khatt/)
// without a rebuild; `vite build --base=/khatt/` also works.
// KHATT_PUBLIC_DIR points dev/build at another compiled dataset (a directory holding data/),
// e.g. a generated large corpus, without touching public/.
export default defineConfig({
  base: './',
  publicDir: process.env.KHATT_PUBLIC_DIR ?? 'public',
  plugins: [react(), devCspForFastRefresh()],
  build: { target: 'es2022', sourcemap: false },
  preview: { host: '127.0.0.1', strictPort: true },
  server: { host: '127.0.0.1' },
});
