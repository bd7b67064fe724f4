-- PDF documents: whether the pages carry text (a scan does not), and what the PDF says about itself.
-- Passages on PDFs already have page_index and rects_json (PDF points, see PdfRect) since version 1.
ALTER TABLE documents ADD COLUMN text_status TEXT NOT NULL DEFAULT 'ok' CHECK (text_status IN ('ok', 'needs_ocr'));
ALTER TABLE documents ADD COLUMN pdf_json TEXT;
