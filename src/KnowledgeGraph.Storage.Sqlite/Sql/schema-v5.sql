-- The words of each report's evidence, so the sentence can be shown without storing whole articles; and the
-- reports of a meeting found by the meeting.
ALTER TABLE article_meetings ADD COLUMN evidence_text TEXT;
CREATE INDEX IF NOT EXISTS ix_article_meetings_meeting ON article_meetings(meeting_key);
