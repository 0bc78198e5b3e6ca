-- Three-point duration estimates for Monte Carlo schedule risk, in working days like duration_days.
-- All three or none: a task without them keeps its planned duration in every iteration.
ALTER TABLE task ADD COLUMN optimistic_days INTEGER;
ALTER TABLE task ADD COLUMN most_likely_days INTEGER;
ALTER TABLE task ADD COLUMN pessimistic_days INTEGER;
ALTER TABLE task ADD CONSTRAINT task_estimate_complete CHECK (
    (optimistic_days IS NULL AND most_likely_days IS NULL AND pessimistic_days IS NULL)
    OR (optimistic_days IS NOT NULL AND most_likely_days IS NOT NULL AND pessimistic_days IS NOT NULL
        AND 0 <= optimistic_days AND optimistic_days <= most_likely_days AND most_likely_days <= pessimistic_days));
