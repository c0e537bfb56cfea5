-- The lookups the Sent folder makes for every message it reads: which screened message a reply
-- answers, and whether a message in Sent is one of doorman's own replies. Indexed, so reading a
-- Sent folder of years never scans the messages or the drafts.
CREATE INDEX messages_message_id ON messages (header_message_id);
CREATE INDEX drafts_reply_message_id ON drafts (reply_message_id);
