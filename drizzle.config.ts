import { defineConfig } from 'drizzle-kit';

// Generates SQL migrations from the schema; the app applies them at start-up on both back ends.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src-main/db/schema/index.ts',
  out: './migrations',
});
