-- Publications in several languages: a translation names the publication it translates, so the
-- original and its translations are one group (the original's id). The original names none.
ALTER TABLE publications ADD COLUMN translation_of BIGINT;

CREATE INDEX publications_translation_of ON publications (translation_of);
