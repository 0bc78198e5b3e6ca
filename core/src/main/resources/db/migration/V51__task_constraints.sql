-- Date constraints on tasks (MS Project's start/finish no earlier/later than, must start/finish on),
-- kept by MS Project imports and honoured by the scheduler. NULL means as soon as possible.
ALTER TABLE task ADD COLUMN constraint_type VARCHAR(4);
ALTER TABLE task ADD COLUMN constraint_date DATE;
ALTER TABLE task ADD CONSTRAINT task_constraint_dated CHECK (
    constraint_type IS NULL OR constraint_type IN ('ASAP', 'ALAP') OR constraint_date IS NOT NULL);
