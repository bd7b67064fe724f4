// Forward-only migrations, applied in order; migration N brings the schema to user_version N.
import initial from './0001_initial.sql?raw'
import search from './0002_search.sql?raw'
import searchFilters from './0003_search_filters.sql?raw'

export const MIGRATIONS: readonly string[] = [initial, search, searchFilters]
export const SCHEMA_VERSION = MIGRATIONS.length
