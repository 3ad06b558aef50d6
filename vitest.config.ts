import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Fixture tests build small git repositories in temp dirs; git is slow to start on a loaded CI box.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
