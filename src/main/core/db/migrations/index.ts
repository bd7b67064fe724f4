// Forward-only migrations, applied in order; migration N brings the schema to user_version N.
import initial from './0001_initial.sql?raw'
import search from './0002_search.sql?raw'

export const MIGRATIONS: readonly string[] = [initial, search]
export const SCHEMA_VERSION = MIGRATIONS.length
