-- Job flags a distribution campaign selects by (夏送清凉 for outdoor and high-temperature workers, 劳模 visits):
-- what the office knows of a member's work, next to gig_worker. Set by a clerk or office admin per member.
ALTER TABLE member
  ADD COLUMN outdoor_worker   BOOLEAN NOT NULL DEFAULT FALSE AFTER gig_worker,
  ADD COLUMN high_temperature BOOLEAN NOT NULL DEFAULT FALSE AFTER outdoor_worker,
  ADD COLUMN front_line       BOOLEAN NOT NULL DEFAULT FALSE AFTER high_temperature,
  ADD COLUMN model_worker     BOOLEAN NOT NULL DEFAULT FALSE AFTER front_line;
