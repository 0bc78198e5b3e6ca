-- Issue 5, ledger import performance (ADR 28): change_log.changes was a CLOB, so H2 stored every
-- captured change as a separate LOB (own map entry, reference counting, cleaner thread). A 100k-row
-- import wrote 100k LOBs. The audit chain already keeps the same JSON in VARCHAR(1000000) columns,
-- so this limit is no new constraint: a change too large for it could not be audited either.
ALTER TABLE change_log ALTER COLUMN changes SET DATA TYPE VARCHAR(1000000);
