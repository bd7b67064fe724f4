-- Contacts (people and organisations), their interaction log, their links to questions and
-- passages, where they are named in documents (mentions), and dismissed name suggestions.

CREATE TABLE contacts (
  id             INTEGER PRIMARY KEY,
  kind           TEXT NOT NULL CHECK (kind IN ('person', 'organization')),
  name           TEXT NOT NULL,
  role           TEXT,
  affiliation_id INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
  notes          TEXT NOT NULL DEFAULT '',
  terms          TEXT NOT NULL DEFAULT 'on_record'
                 CHECK (terms IN ('on_record', 'background', 'deep_background', 'off_record', 'confidential')),
  description    TEXT NOT NULL DEFAULT '',
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL
);

-- Aliases are matched as mentions like the name itself.
CREATE TABLE contact_aliases (
  contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
  alias      TEXT NOT NULL,
  PRIMARY KEY (contact_id, alias)
) WITHOUT ROWID;

CREATE TABLE contact_channels (
  id         INTEGER PRIMARY KEY,
  contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
  type       TEXT NOT NULL CHECK (type IN ('phone', 'email', 'signal', 'other')),
  value      TEXT NOT NULL
);
CREATE INDEX contact_channels_by_contact ON contact_channels(contact_id);

CREATE TABLE interactions (
  id           INTEGER PRIMARY KEY,
  contact_id   INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
  date         TEXT NOT NULL,
  channel      TEXT NOT NULL CHECK (channel IN ('phone', 'email', 'signal', 'other')),
  summary      TEXT NOT NULL DEFAULT '',
  outcome      TEXT NOT NULL DEFAULT '',
  follow_up_by TEXT,
  created_at   TEXT NOT NULL
);
CREATE INDEX interactions_by_contact ON interactions(contact_id, date);

CREATE TABLE interaction_questions (
  interaction_id INTEGER NOT NULL REFERENCES interactions(id) ON DELETE CASCADE,
  question_id    INTEGER NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
  PRIMARY KEY (interaction_id, question_id)
) WITHOUT ROWID;

CREATE TABLE contact_questions (
  contact_id  INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
  question_id INTEGER NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
  linked_at   TEXT NOT NULL,
  PRIMARY KEY (contact_id, question_id)
) WITHOUT ROWID;
CREATE INDEX contact_questions_by_question ON contact_questions(question_id);

CREATE TABLE contact_passages (
  contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
  passage_id INTEGER NOT NULL REFERENCES passages(id) ON DELETE CASCADE,
  role       TEXT NOT NULL DEFAULT 'mention' CHECK (role IN ('quote', 'mention')),
  linked_at  TEXT NOT NULL,
  PRIMARY KEY (contact_id, passage_id)
) WITHOUT ROWID;
CREATE INDEX contact_passages_by_passage ON contact_passages(passage_id);

-- Derived data, rebuilt from documents and contacts whenever either changes.
CREATE TABLE mentions (
  contact_id   INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
  document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  start_offset INTEGER NOT NULL,
  end_offset   INTEGER NOT NULL,
  PRIMARY KEY (contact_id, document_id, start_offset)
) WITHOUT ROWID;
CREATE INDEX mentions_by_document ON mentions(document_id);

-- Names the reporter dismissed from the suggestions, in their folded form: they do not come back.
CREATE TABLE dismissed_suggestions (
  folded_name TEXT PRIMARY KEY,
  dismissed_at TEXT NOT NULL
) WITHOUT ROWID;
