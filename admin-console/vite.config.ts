import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Built into the jar's META-INF/resources/admin/: the gateway (Quarkus) serves it at /admin/.
// The Sass of GOV.UK Frontend and MoJ Frontend is compiled here (style.scss); their @import-era Sass
// warns on every build, so those deprecations are silenced for the packages' files.
export default defineConfig({
  root: 'src/main/web',
  base: '/admin/',
  css: {
    preprocessorOptions: {
      scss: {
        loadPaths: [fileURLToPath(new URL('.', import.meta.url))],
        quietDeps: true,
        silenceDeprecations: ['import', 'global-builtin', 'color-functions', 'slash-div', 'if-function'],
      },
    },
  },
  build: {
    outDir: '../../../target/classes/META-INF/resources/admin',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 800,
  },
  test: {
    root: '.',
    include: ['src/test/web/**/*.test.ts'],
  },
});
