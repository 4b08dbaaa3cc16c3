-- A document that is no real receipt (a PDF of a few bytes or without text or pictures, an image of a few pixels)
-- sends its claim to a person instead of an automatic approval. Why it looks wrong is kept with the document;
-- the thresholds are the tenant's (tenant.yaml claims: documentMinBytes, imageMinPixels, pdfMinTextChars).
ALTER TABLE claim_document ADD COLUMN implausible VARCHAR(300) NULL;
ALTER TABLE claim_policy ADD COLUMN document_min_bytes INT NOT NULL DEFAULT 500;
ALTER TABLE claim_policy ADD COLUMN image_min_pixels INT NOT NULL DEFAULT 200;
ALTER TABLE claim_policy ADD COLUMN pdf_min_text_chars INT NOT NULL DEFAULT 20;
