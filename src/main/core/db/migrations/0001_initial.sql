-- Casefile schema, version 1: the case, documents with their pages and original bytes,
-- passages (highlights with robust selectors) and open questions linked to passages.

CREATE TABLE case_info (
  id          INTEGER PRIMARY KEY CHECK (id = 1),
  title       TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  layout_json TEXT
);

CREATE TABLE documents (
  id            INTEGER PRIMARY KEY,
  kind          TEXT NOT NULL CHECK (kind IN ('article', 'memo', 'transcript', 'email', 'social', 'note')),
  title         TEXT NOT NULL,
  outlet        TEXT,
  author        TEXT,
  published_at  TEXT,
  url           TEXT,
  source_name   TEXT NOT NULL,
  mime_type     TEXT NOT NULL,
  encoding      TEXT NOT NULL,
  byte_size     INTEGER NOT NULL,
  sha256        TEXT NOT NULL UNIQUE,
  retrieved_at  TEXT,
  imported_at   TEXT NOT NULL,
  text          TEXT NOT NULL
);

-- Original bytes live apart so that listing documents never reads them.
CREATE TABLE document_originals (
  document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  bytes       BLOB NOT NULL
);

-- Text by page: one page for non-PDF documents. Offsets point into documents.text.
CREATE TABLE pages (
  document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  page_index   INTEGER NOT NULL,
  label        TEXT NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset   INTEGER NOT NULL,
  PRIMARY KEY (document_id, page_index)
) WITHOUT ROWID;

CREATE TABLE passages (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  start_offset INTEGER NOT NULL,
  end_offset   INTEGER NOT NULL CHECK (end_offset > start_offset),
  exact       TEXT NOT NULL,
  prefix      TEXT NOT NULL,
  suffix      TEXT NOT NULL,
  page_index  INTEGER,
  rects_json  TEXT,
  created_at  TEXT NOT NULL
);
CREATE INDEX passages_by_document ON passages(document_id, start_offset);

CREATE TABLE questions (
  id         INTEGER PRIMARY KEY,
  title      TEXT NOT NULL,
  notes      TEXT NOT NULL DEFAULT '',
  status     TEXT NOT NULL DEFAULT 'open'
             CHECK (status IN ('open', 'in_progress', 'answered', 'cant_answer', 'dropped')),
  priority   TEXT NOT NULL DEFAULT 'normal' CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
  assignee   TEXT,
  due_date   TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX questions_by_status ON questions(status);

CREATE TABLE question_passages (
  question_id INTEGER NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
  passage_id  INTEGER NOT NULL REFERENCES passages(id) ON DELETE CASCADE,
  linked_at   TEXT NOT NULL,
  PRIMARY KEY (question_id, passage_id)
) WITHOUT ROWID;
CREATE INDEX question_passages_by_passage ON question_passages(passage_id);
