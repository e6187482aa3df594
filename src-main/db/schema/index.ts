// The whole database schema: drizzle-kit reads this file (drizzle.config.ts), and the db client
// passes it to drizzle() so db.query.* knows the relations.
//
// updated_at columns are kept current by a database trigger added in a custom migration, not by
// Drizzle's $onUpdate: the trigger also covers raw SQL, the CLI and other instances on a shared
// server. A new table with updated_at needs that trigger attached in its migration.

export * from './enums';
export * from './imports';
export * from './leads';
export * from './lead-views';
export * from './campaigns';
export * from './emails';
export * from './templates';
export * from './workflows';
export * from './analytics';
export * from './research';
export * from './sending';
export * from './integrations';
export * from './system';
export * from './relations';
