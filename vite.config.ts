import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// `base` is relative so the built site works under any sub-path (e.g. https://host/khatt/)
// without a rebuild; `vite build --base=/khatt/` also works.
export default defineConfig({
  base: './',
  plugins: [react()],
  build: { target: 'es2022', sourcemap: false },
  preview: { host: '127.0.0.1', strictPort: true },
  server: { host: '127.0.0.1' },
});
