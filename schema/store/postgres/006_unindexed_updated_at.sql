-- Every write sets updated_at. With an index on it no write could be a HOT update (a new row version on the
-- same page, no new index entries): each increment would add an entry to every index of the table. Listings
-- sort by created_at; a sort by updatedAt reads the project's rows instead.
DROP INDEX IF EXISTS documents_updated;
