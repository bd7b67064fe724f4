-- Claims and their evidence, shared origins of documents, contradictions between passages, editors'
-- reviews, the audit log, and the plan of the exported summary (sections and the claims in them).

-- The exported summary's sections, in order, with the reporter's prose for each.
CREATE TABLE summary_sections (
  id         INTEGER PRIMARY KEY,
  title      TEXT NOT NULL,
  prose      TEXT NOT NULL DEFAULT '',
  position   INTEGER NOT NULL,
  created_at TEXT NOT NULL
);

-- A claim is one passage treated as a factual claim; `statement` is how the summary states it.
-- `notes` are internal: they never leave the case.
CREATE TABLE claims (
  id               INTEGER PRIMARY KEY,
  passage_id       INTEGER NOT NULL UNIQUE REFERENCES passages(id) ON DELETE CASCADE,
  statement        TEXT NOT NULL,
  status           TEXT NOT NULL DEFAULT 'unverified'
                   CHECK (status IN ('unverified', 'corroborated', 'disputed', 'false', 'verified')),
  notes            TEXT NOT NULL DEFAULT '',
  -- The summary: 'auto' includes the claim when it is verified and signed off.
  export_choice    TEXT NOT NULL DEFAULT 'auto' CHECK (export_choice IN ('auto', 'include', 'exclude')),
  section_id       INTEGER REFERENCES summary_sections(id) ON DELETE SET NULL,
  section_position INTEGER NOT NULL DEFAULT 0,
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL
);
CREATE INDEX claims_by_status ON claims(status);

-- Passages from other documents that support or contradict a claim.
CREATE TABLE claim_evidence (
  claim_id   INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
  passage_id INTEGER NOT NULL REFERENCES passages(id) ON DELETE CASCADE,
  stance     TEXT NOT NULL CHECK (stance IN ('supports', 'contradicts')),
  linked_at  TEXT NOT NULL,
  PRIMARY KEY (claim_id, passage_id)
) WITHOUT ROWID;
CREATE INDEX claim_evidence_by_passage ON claim_evidence(passage_id);

-- Documents that repeat one source (three outlets quoting one memo) share an origin. A document
-- without one counts by its outlet, or alone when it has no outlet.
CREATE TABLE origins (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL UNIQUE COLLATE NOCASE,
  created_at TEXT NOT NULL
);
ALTER TABLE documents ADD COLUMN origin_id INTEGER REFERENCES origins(id) ON DELETE SET NULL;

-- Two passages that say incompatible things; passage_a < passage_b so a pair is stored once.
CREATE TABLE contradictions (
  id         INTEGER PRIMARY KEY,
  passage_a  INTEGER NOT NULL REFERENCES passages(id) ON DELETE CASCADE,
  passage_b  INTEGER NOT NULL REFERENCES passages(id) ON DELETE CASCADE,
  status     TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
  note       TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (passage_a < passage_b),
  UNIQUE (passage_a, passage_b)
);
CREATE INDEX contradictions_by_b ON contradictions(passage_b);

-- An editor's decision on a claim. The latest row is the claim's review state; a sign-off is
-- cleared (cleared_at, cleared_reason) when the claim or its evidence changes after it.
CREATE TABLE reviews (
  id             INTEGER PRIMARY KEY,
  claim_id       INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
  decision       TEXT NOT NULL CHECK (decision IN ('signed_off', 'sent_back')),
  reviewer       TEXT NOT NULL,
  note           TEXT NOT NULL DEFAULT '',
  created_at     TEXT NOT NULL,
  cleared_at     TEXT,
  cleared_reason TEXT
);
CREATE INDEX reviews_by_claim ON reviews(claim_id, id);

-- The clearing lives in the schema so that no path can change evidence and keep a stale sign-off,
-- including a document deleted with its passages.
CREATE TRIGGER claim_evidence_added_clears_signoff AFTER INSERT ON claim_evidence BEGIN
  UPDATE reviews SET cleared_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
                     cleared_reason = CASE NEW.stance WHEN 'supports' THEN 'Supporting evidence was added.'
                                                      ELSE 'Contradicting evidence was added.' END
  WHERE claim_id = NEW.claim_id AND decision = 'signed_off' AND cleared_at IS NULL;
END;
CREATE TRIGGER claim_evidence_removed_clears_signoff AFTER DELETE ON claim_evidence BEGIN
  UPDATE reviews SET cleared_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), cleared_reason = 'Evidence was removed.'
  WHERE claim_id = OLD.claim_id AND decision = 'signed_off' AND cleared_at IS NULL;
END;
CREATE TRIGGER claim_evidence_stance_clears_signoff AFTER UPDATE OF stance ON claim_evidence
WHEN OLD.stance IS NOT NEW.stance BEGIN
  UPDATE reviews SET cleared_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), cleared_reason = 'Evidence changed from supporting to contradicting, or back.'
  WHERE claim_id = NEW.claim_id AND decision = 'signed_off' AND cleared_at IS NULL;
END;
CREATE TRIGGER claim_changed_clears_signoff AFTER UPDATE OF statement, status ON claims
WHEN OLD.statement IS NOT NEW.statement OR OLD.status IS NOT NEW.status BEGIN
  UPDATE reviews SET cleared_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
                     cleared_reason = CASE WHEN OLD.status IS NOT NEW.status THEN 'The claim’s status changed.'
                                           ELSE 'The claim’s wording changed.' END
  WHERE claim_id = NEW.id AND decision = 'signed_off' AND cleared_at IS NULL;
END;

-- Every change to claims, questions, passages, contacts, contradictions and reviews: what, when and
-- by whom (the user name set in preferences). Written by triggers (core/audit/triggers.ts), so no
-- change escapes it. `related_*` names the other side of a link, so both items show it.
-- Values of a contact's identifying fields are never recorded, only that they changed.
CREATE TABLE audit_log (
  id           INTEGER PRIMARY KEY,
  at           TEXT NOT NULL,
  actor        TEXT NOT NULL,
  item_type    TEXT NOT NULL,
  item_id      INTEGER NOT NULL,
  action       TEXT NOT NULL,
  related_type TEXT,
  related_id   INTEGER,
  detail_json  TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_by_item ON audit_log(item_type, item_id, id);
CREATE INDEX audit_by_related ON audit_log(related_type, related_id, id) WHERE related_type IS NOT NULL;
