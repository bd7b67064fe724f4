// Forward-only migrations, applied in order; migration N brings the schema to user_version N.
import initial from './0001_initial.sql?raw'

export const MIGRATIONS: readonly string[] = [initial]
export const SCHEMA_VERSION = MIGRATIONS.length
