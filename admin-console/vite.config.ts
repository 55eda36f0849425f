import { defineConfig } from 'vitest/config';

// Built into the jar's META-INF/resources/admin/: the gateway (Quarkus) serves it at /admin/.
export default defineConfig({
  root: 'src/main/web',
  base: '/admin/',
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
