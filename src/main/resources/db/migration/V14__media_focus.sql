-- The focal point of an image: where its crops (share cards, thumbnails, squares) centre,
-- x and y from 0 (left, top) to 1 (right, bottom). NULL is the centre.
ALTER TABLE media ADD COLUMN focus_x REAL;
ALTER TABLE media ADD COLUMN focus_y REAL;
