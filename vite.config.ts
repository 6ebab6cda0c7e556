/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { defineConfig, type PluginOption } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { licencesPlugin } from './scripts/vite-plugin-licences.ts';
import { releasePlugin } from './scripts/vite-plugin-release.ts';
import { tokensPlugin } from './scripts/vite-plugin-tokens.ts';

/** The version shown in the app, its PDFs and its files (src/state/version.ts). */
const APP_VERSION = (
  JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;
import { cspPlugin } from './scripts/vite-plugin-csp.ts';
import { questionnairesPlugin } from './scripts/vite-plugin-questionnaires.ts';

const pwa = (ignore: string[] = []) =>
  VitePWA({
    // Prompt mode: a new version waits until the person accepts it; nothing reloads by itself.
    registerType: 'prompt',
    injectRegister: false,
    manifest: {
      name: 'ITAS Transformations-Check',
      short_name: 'ITAS-Check',
      description:
        'Selbstbewertung von Resilienz und Transformationsbereitschaft für Zulieferbetriebe der Automobilregion Südwestsachsen',
      lang: 'de',
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#f5f7f9',
      theme_color: '#1f5f8b',
      icons: [
        { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    workbox: {
      // Everything, lazy chunks and the report font included, so every screen works offline.
      globPatterns: ['**/*.{js,css,html,svg,png,ttf,json,webmanifest}'],
      globIgnores: ignore,
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      cleanupOutdatedCaches: true,
      navigateFallback: null,
    },
  });

/**
 * jsPDF's optional HTML and SVG rendering (html2canvas, dompurify, canvg), which the report never
 * uses: an empty module in their place, so they are not built, precached or inlined at all.
 */
const JSPDF_EXTRAS = new Set(['html2canvas', 'dompurify', 'canvg']);
const withoutJspdfExtras: PluginOption = {
  name: 'itas-without-jspdf-extras',
  enforce: 'pre',
  resolveId: (id, importer) =>
    JSPDF_EXTRAS.has(id) && importer?.includes('jspdf') ? '\0jspdf-extra' : null,
  load: (id) => (id === '\0jspdf-extra' ? 'export default {};' : null),
};

/** In the single file there is no service worker to register. */
const noServiceWorker: PluginOption = {
  name: 'itas-no-service-worker',
  resolveId: (id) => (id === 'virtual:pwa-register' ? '\0no-sw' : null),
  load: (id) => (id === '\0no-sw' ? 'export const registerSW = () => async () => {};' : null),
};

/**
 * In the single file, no hyphenation patterns: German and English together are 370 KB, and the
 * file must stay within 2 MB. A word wider than its box breaks between characters there.
 */
const noHyphenation: PluginOption = {
  name: 'itas-no-hyphenation',
  enforce: 'pre',
  resolveId: (id) => (id === 'hyphen/de' || id === 'hyphen/en-gb' ? '\0no-hyphen' : null),
  load: (id) => (id === '\0no-hyphen' ? 'export const hyphenateSync = (text) => text;' : null),
};

/**
 * The bench build (`vite build --mode bench`): the production build, written to dist-bench/, and
 * beside it a page of its own, dist-bench/seed/ (src/bench/seed.ts, built separately so that the
 * app's chunks are exactly those that ship), which saves a benchmark assessment and opens it.
 */
const benchSeedPage = (root: string): PluginOption => ({
  name: 'itas-bench-seed',
  apply: 'build',
  async closeBundle() {
    const { build } = await import('vite');
    await build({
      configFile: false,
      root,
      base: './',
      logLevel: 'warn',
      build: {
        outDir: 'dist-bench/seed',
        emptyOutDir: true,
        modulePreload: false,
        copyPublicDir: false,
        rollupOptions: {
          input: 'src/bench/seed.ts',
          output: { entryFileNames: 'seed.js', chunkFileNames: '[name]-[hash].js' },
        },
      },
      plugins: [
        // The seed page saves through the app's storage code, which knows the shipped definitions.
        questionnairesPlugin(new URL('./questionnaires', import.meta.url).pathname),
        {
          name: 'itas-bench-seed-html',
          generateBundle() {
            this.emitFile({
              type: 'asset',
              fileName: 'index.html',
              source:
                '<!doctype html>\n<html lang="de"><head><meta charset="UTF-8" /><title>Benchmark</title>' +
                '<script type="module" src="./seed.js"></script></head><body></body></html>\n',
            });
          },
        },
      ],
    });
  },
});

export default defineConfig(({ mode }) => {
  const single = mode === 'single';
  const bench = mode === 'bench';
  const plugins: PluginOption[] = [
    withoutJspdfExtras,
    tokensPlugin(),
    react(),
    questionnairesPlugin(new URL('./questionnaires', import.meta.url).pathname),
    licencesPlugin(new URL('.', import.meta.url).pathname),
    releasePlugin(new URL('.', import.meta.url).pathname, { emit: !single }),
  ];
  // The single file runs from file://: no service worker, everything inlined.
  plugins.push(
    single ? [viteSingleFile(), noServiceWorker, noHyphenation] : pwa(bench ? ['seed/**'] : []),
    cspPlugin(),
  );
  if (bench) plugins.push(benchSeedPage(new URL('.', import.meta.url).pathname));
  return {
    // Relative asset paths: the build works under any URL path and from file://.
    base: './',
    plugins,
    define: { __APP_VERSION__: JSON.stringify(APP_VERSION) },
    // CommonJS, imported only when a report is made: converted up front, so that the dev server
    // does not stop to convert it (and reload the page) at the first report.
    optimizeDeps: { include: ['hyphen/de', 'hyphen/en-gb'] },
    build: single
      ? { outDir: 'dist-single', emptyOutDir: true }
      : bench
        ? { outDir: 'dist-bench', emptyOutDir: true }
        : {},
    test: {
      projects: [
        {
          extends: true,
          test: {
            name: 'core',
            include: ['tests/{core,navigation,report,scripts,storage,transfer}/**/*.test.ts'],
            environment: 'node',
          },
        },
        {
          extends: true,
          test: {
            name: 'features',
            include: ['tests/{app,features,i18n,state,ui}/**/*.test.{ts,tsx}'],
            environment: 'jsdom',
            setupFiles: ['tests/support/setup-dom.ts'],
          },
        },
        {
          extends: true,
          test: {
            name: 'e2e',
            include: ['tests/e2e/**/*.e2e.ts'],
            environment: 'node',
            globalSetup: ['tests/e2e/global-setup.ts'],
            testTimeout: 180_000,
            hookTimeout: 120_000,
            fileParallelism: false,
          },
        },
      ],
    },
  };
});
