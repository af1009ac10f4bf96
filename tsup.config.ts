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
