-- Built-in analytics query: the columns of the analytics view (domain spec 3.2), whole view.
-- The FROM placeholder is replaced by source.analytics.view (a table or view name). Plain SQL that runs on SQL Server and SQLite.
-- Sorted so runs are repeatable; the sync itself does not depend on the order.
SELECT typ, client, code, description, status, date_from, date_to
FROM {view}
ORDER BY typ, client, code
