-- An event's description, set up with it and changed later with its title and place (PUT /api/v1/events/{id}).
-- Existing events have none.
ALTER TABLE event_series ADD COLUMN description VARCHAR(2000) NULL;
