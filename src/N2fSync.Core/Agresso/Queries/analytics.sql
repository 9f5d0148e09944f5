-- Built-in analytics query: the columns of the analytics view (docs/domain.md §3.2), whole view.
-- The FROM placeholder is replaced by source.analytics.view (a table or view name). Plain SQL that runs on SQL Server and SQLite.
-- No ORDER BY: rows are numbered in the view's own order, so "row 17" in a message is the 17th row an admin sees with
-- SELECT * FROM the view. The sync does not depend on the order.
SELECT typ, client, code, description, status, date_from, date_to
FROM {view}
