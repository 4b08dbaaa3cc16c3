-- Who may register for an event, as giveaways keep it: members of an org subtree (the unit and its path, kept so a
-- unit moved later does not change whom the event let in), of one gender ('M'/'F'), at least an age. NULL: anyone.
-- Existing events keep NULL everywhere: any member of the office, as before.
ALTER TABLE event_series
  ADD COLUMN org_unit_id BIGINT       NULL,
  ADD COLUMN org_path    VARCHAR(400) NULL,
  ADD COLUMN gender      CHAR(1)      NULL,
  ADD COLUMN min_age     INT          NULL;
