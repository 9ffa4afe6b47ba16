-- A person's meetings in date order straight from an index: the meeting's date is kept beside each participant
-- (empty when undated), and follows the meeting when a later report makes it more precise.
ALTER TABLE meeting_participants ADD COLUMN meeting_date TEXT NOT NULL DEFAULT '';
UPDATE meeting_participants SET meeting_date = coalesce((SELECT date FROM meetings WHERE key = meeting_key), '');
CREATE INDEX IF NOT EXISTS ix_meeting_participants_person_date ON meeting_participants(person_key, meeting_date, meeting_key);
DROP INDEX IF EXISTS ix_meeting_participants_person;
CREATE TRIGGER IF NOT EXISTS meeting_date_follows AFTER UPDATE OF date ON meetings WHEN OLD.date IS NOT NEW.date
BEGIN
    UPDATE meeting_participants SET meeting_date = coalesce(NEW.date, '') WHERE meeting_key = NEW.key;
END;
