// The search language at a glance, shown under the results and when the field is empty.

const SYNTAX: [string, string][] = [
  ['drone memo', 'both words'],
  ['"exact phrase"', 'phrase'],
  ['sight*', 'word beginning'],
  ['-rumour', 'leave out'],
  ['a OR b', 'either'],
  ['kind:passage', 'document, passage, question'],
  ['outlet:ledger', 'outlet'],
  ['status:open', 'question status'],
  ['from:2025-02-01 to:2025-02-28', 'published between']
]

export function SyntaxHelp({ full }: { full: boolean }) {
  if (full) {
    return (
      <dl className="search-syntax-table" aria-label="Search syntax">
        {SYNTAX.map(([example, meaning]) => (
          <div key={example}>
            <dt>
              <code>{example}</code>
            </dt>
            <dd>{meaning}</dd>
          </div>
        ))}
      </dl>
    )
  }
  return (
    <p className="search-legend">
      <span className="visually-hidden">Search syntax: </span>
      <code>"phrase"</code> <code>word*</code> <code>-word</code> <code>OR</code> <code>kind:passage</code> <code>outlet:name</code>{' '}
      <code>status:open</code> <code>from:2025-02-01</code>
      <span className="search-legend-keys" aria-hidden>
        <kbd>↑↓</kbd> move <kbd>↵</kbd> open <kbd>Esc</kbd> close
      </span>
    </p>
  )
}
