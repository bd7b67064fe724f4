-- Full-text search over document pages, passages and open questions (SQLite FTS5).
-- Case- and accent-insensitive (unicode61, remove_diacritics 2) with English stemming (porter).
-- One index per kind, so each result group ranks on its own and rows are found by rowid.

-- Document pages: rowid = document_id * 100000 + page_index, written by the documents repo
-- (the one place page text is known); titles follow the document through the triggers below.
CREATE VIRTUAL TABLE pages_fts USING fts5(title, body, tokenize = 'porter unicode61 remove_diacritics 2');

CREATE TRIGGER documents_title_fts AFTER UPDATE OF title ON documents BEGIN
  UPDATE pages_fts SET title = NEW.title WHERE rowid BETWEEN NEW.id * 100000 AND NEW.id * 100000 + 99999;
END;
CREATE TRIGGER documents_delete_fts AFTER DELETE ON documents BEGIN
  DELETE FROM pages_fts WHERE rowid BETWEEN OLD.id * 100000 AND OLD.id * 100000 + 99999;
END;

-- Passages: rowid = passage id.
CREATE VIRTUAL TABLE passages_fts USING fts5(body, tokenize = 'porter unicode61 remove_diacritics 2');
CREATE TRIGGER passages_insert_fts AFTER INSERT ON passages BEGIN
  INSERT INTO passages_fts (rowid, body) VALUES (NEW.id, NEW.exact);
END;
CREATE TRIGGER passages_delete_fts AFTER DELETE ON passages BEGIN
  DELETE FROM passages_fts WHERE rowid = OLD.id;
END;

-- Open questions: rowid = question id.
CREATE VIRTUAL TABLE questions_fts USING fts5(title, notes, tokenize = 'porter unicode61 remove_diacritics 2');
CREATE TRIGGER questions_insert_fts AFTER INSERT ON questions BEGIN
  INSERT INTO questions_fts (rowid, title, notes) VALUES (NEW.id, NEW.title, NEW.notes);
END;
CREATE TRIGGER questions_update_fts AFTER UPDATE OF title, notes ON questions BEGIN
  UPDATE questions_fts SET title = NEW.title, notes = NEW.notes WHERE rowid = NEW.id;
END;
CREATE TRIGGER questions_delete_fts AFTER DELETE ON questions BEGIN
  DELETE FROM questions_fts WHERE rowid = OLD.id;
END;

-- Cases written before this version: index what they hold (their documents have one page each).
INSERT INTO pages_fts (rowid, title, body)
  SELECT d.id * 100000, d.title, d.text FROM documents d;
INSERT INTO passages_fts (rowid, body) SELECT id, exact FROM passages;
INSERT INTO questions_fts (rowid, title, notes) SELECT id, title, notes FROM questions;
