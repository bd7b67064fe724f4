// What the benchmark needs from the core, bundled on the fly by scripts/bench/bundle.mjs.
export { openCaseDb } from '../../src/main/core/db/open'
export { initCase } from '../../src/main/core/cases/repo'
export { importFile, sha256 } from '../../src/main/core/documents/service'
export { extractDocument } from '../../src/main/core/documents/extract'
export { extractHtmlArticle } from '../../src/main/core/documents/html'
export { decodeText } from '../../src/main/core/documents/encoding'
// The search benchmark: writing a large case through the repos, listing and searching it.
export { insertDocument, listDocuments } from '../../src/main/core/documents/repo'
export { createPassage } from '../../src/main/core/passages/repo'
export { createQuestion, updateQuestion } from '../../src/main/core/questions/repo'
export { search } from '../../src/main/core/search/repo'
export { parseQuery } from '../../src/main/core/search/query'
export { checkCase, rebuildSearchIndex } from '../../src/main/core/maintenance/check'
// The mentions benchmark: contacts, their mentions, and the matcher.
export { createContact } from '../../src/main/core/contacts/repo'
export { checkMentions, computeAllMentions, contactMatcher, rebuildMentions } from '../../src/main/core/contacts/mentions'
export { extractNames, loadNlp } from '../../src/main/core/contacts/extract'
