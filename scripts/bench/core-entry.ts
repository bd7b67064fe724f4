// What the benchmark needs from the core, bundled on the fly by scripts/bench/bundle.mjs.
export { openCaseDb } from '../../src/main/core/db/open'
export { initCase } from '../../src/main/core/cases/repo'
export { importFile, sha256 } from '../../src/main/core/documents/service'
export { extractDocument } from '../../src/main/core/documents/extract'
export { extractHtmlArticle } from '../../src/main/core/documents/html'
export { decodeText } from '../../src/main/core/documents/encoding'
