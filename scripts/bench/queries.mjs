// The search benchmark's fixed query set: what a reporter types into the search box of a leak.
// `rg` is the fixed string ripgrep looks for (only for plain words and phrases, which it can do).
// `stopwords` marks queries made only of the commonest words, which match nearly every row.
export const QUERIES = [
  // Common words: thousands of pages each.
  { type: 'common word', query: 'government', rg: 'government' },
  { type: 'common word', query: 'people', rg: 'people' },
  { type: 'common word', query: 'police', rg: 'police' },
  { type: 'common word', query: 'water', rg: 'water' },
  { type: 'common word', query: 'film', rg: 'film' },
  { type: 'common word', query: 'president', rg: 'president' },
  { type: 'common word', query: 'money', rg: 'money' },
  { type: 'common word', query: 'the', rg: 'the', stopwords: true },
  // Rare words: a handful of pages each.
  { type: 'rare word', query: 'Gluckthal', rg: 'Gluckthal' },
  { type: 'rare word', query: 'Intifada', rg: 'Intifada' },
  { type: 'rare word', query: 'conjugal', rg: 'conjugal' },
  { type: 'rare word', query: 'Shanghai', rg: 'Shanghai' },
  { type: 'rare word', query: 'zeppelin', rg: 'zeppelin' },
  { type: 'rare word', query: 'Ricardo', rg: 'Ricardo' },
  { type: 'rare word', query: 'xylophone', rg: 'xylophone' },
  // Phrases.
  { type: 'phrase', query: '"united states"', rg: 'united states' },
  { type: 'phrase', query: '"prime minister"', rg: 'prime minister' },
  { type: 'phrase', query: '"last year"', rg: 'last year' },
  { type: 'phrase', query: '"human rights"', rg: 'human rights' },
  { type: 'phrase', query: '"at the same time"', rg: 'at the same time' },
  { type: 'phrase', query: '"magic carpet"', rg: 'magic carpet' },
  { type: 'phrase', query: '"of the"', rg: 'of the', stopwords: true },
  // Prefixes.
  { type: 'prefix', query: 'gov*' },
  { type: 'prefix', query: 'presid*' },
  { type: 'prefix', query: 'elect*' },
  { type: 'prefix', query: 'nation*' },
  { type: 'prefix', query: 'zep*' },
  // Exclusions.
  { type: 'exclusion', query: 'police -fire' },
  { type: 'exclusion', query: 'government -election' },
  { type: 'exclusion', query: 'film -movie' },
  { type: 'exclusion', query: 'war -peace' },
  // Either word.
  { type: 'or', query: 'police OR sheriff' },
  { type: 'or', query: 'film OR movie' },
  { type: 'or', query: 'money OR cash OR funds' },
  { type: 'or', query: 'drone OR aircraft' },
  // Several words.
  { type: 'and', query: 'police report' },
  { type: 'and', query: 'government money' },
  { type: 'and', query: 'water city river' },
  // Filters.
  { type: 'filter', query: 'kind:passage police' },
  { type: 'filter', query: 'kind:question verify' },
  { type: 'filter', query: 'outlet:Ledger money' },
  { type: 'filter', query: 'outlet:Courier water -film' },
  { type: 'filter', query: 'from:2025-06-01 government' },
  { type: 'filter', query: 'from:2024-01-01 to:2024-03-31 police' },
  { type: 'filter', query: 'outlet:Río the', stopwords: true },
  { type: 'filter', query: 'status:open source' }
]
