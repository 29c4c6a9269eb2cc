import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Reporter lines that CI reads to see that tests ran.
    reporters: ['default'],
    testTimeout: 30_000,
  },
});
