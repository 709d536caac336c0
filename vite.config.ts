import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { bundleReport } from './scripts/vite/bundleReport.ts';
import { contentSecurityPolicy } from './scripts/vite/contentSecurityPolicy.ts';
import { katexWoff2Only } from './scripts/vite/katexWoff2Only.ts';
import { serviceWorker } from './scripts/vite/serviceWorker.ts';

// `base: './'` makes every asset URL relative, so `dist/` works from any sub-path
// (GitHub Pages, a lecturer's USB stick served by any static server).
export default defineConfig({
  base: './',
  plugins: [react(), katexWoff2Only(), contentSecurityPolicy(), bundleReport(), serviceWorker()],
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
  build: { target: 'es2022', sourcemap: false },
});
