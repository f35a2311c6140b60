-- What the editor needs.

-- A revision keeps the publication's place in a series, now that editors set it, so restoring
-- an old revision restores the series too. Before this, only the sample loader set a series and
-- nothing changed it afterwards: every earlier revision had the series its publication has now.
ALTER TABLE revisions ADD COLUMN series_key VARCHAR(100);
ALTER TABLE revisions ADD COLUMN series_part INTEGER;

UPDATE revisions SET
    series_key = (SELECT p.series_key FROM publications p WHERE p.id = revisions.publication_id),
    series_part = (SELECT p.series_part FROM publications p WHERE p.id = revisions.publication_id);

-- The editor's list shows the most recently changed publications first, in every state.
CREATE INDEX publications_updated ON publications (updated_at, id);
