import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores here: more workers only contend.
    maxWorkers: 2,
    // Every package a test generates is type-checked too (a user's run skips that unless it uses
    // custom templates): this suite is what vouches for the built-in templates.
    env: { APIWRIGHT_TYPECHECK: '1' },
  },
});
