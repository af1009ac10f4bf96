import { defineConfig } from 'tsup';

// Kept minimal on purpose (STYLE.md §6): two entry points, ESM + CJS + .d.ts, dependencies
// left external. The CLI is the only file that may touch Node built-ins.
export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'es2022',
    platform: 'neutral',
    // The word and month tables of many scripts and the Big5 cells stay as the characters they
    // are: escaped to \uXXXX they would take the bundle three times the bytes.
    esbuildOptions(options) {
      options.charset = 'utf8';
    },
  },
  {
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: false,
    target: 'node18',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
