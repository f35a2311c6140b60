-- Static pages in several languages, as publications are (V8): a translation names the page it
-- translates, so the original and its translations are one group (the original's id) and link
-- to each other. The original names none. Deleting an original makes its oldest translation
-- the group's original (PageService), so the column needs no foreign key.
ALTER TABLE pages ADD COLUMN translation_of BIGINT;

CREATE INDEX pages_translation_of ON pages (translation_of);
