// better-sqlite3-multiple-ciphers (better-sqlite3 with encryption at rest) ships typings its
// package.json "exports" does not expose; its API is better-sqlite3's, so take those types.
declare module 'better-sqlite3-multiple-ciphers' {
  import Database from 'better-sqlite3'
  export = Database
}
