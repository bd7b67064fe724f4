// Forward-only migrations, applied in order; migration N brings the schema to user_version N.
import initial from './0001_initial.sql?raw'
import search from './0002_search.sql?raw'
import searchFilters from './0003_search_filters.sql?raw'
import pdf from './0004_pdf.sql?raw'
import contacts from './0005_contacts.sql?raw'
import claims from './0006_claims.sql?raw'

export const MIGRATIONS: readonly string[] = [initial, search, searchFilters, pdf, contacts, claims]
export const SCHEMA_VERSION = MIGRATIONS.length
