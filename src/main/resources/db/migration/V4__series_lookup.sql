-- Finding the next part of a series. Most publications belong to no series, so an index over
-- every row makes series_key look unselective to the planner, which then walks the date index
-- instead (tens of milliseconds at 100,000 publications). A partial index holds only series
-- members; "series_key = ?" implies "series_key IS NOT NULL" on both databases.
DROP INDEX publications_series;
CREATE INDEX publications_series ON publications (series_key, series_part, lang) WHERE series_key IS NOT NULL;
