-- A task's date constraint (MS Project's eight types), set e.g. by dragging its bar on the Gantt chart.
-- NULL type means "as soon as possible", the default; the date is NULL for ASAP and ALAP.
ALTER TABLE task ADD COLUMN constraint_type VARCHAR(4);
ALTER TABLE task ADD COLUMN constraint_date DATE;
