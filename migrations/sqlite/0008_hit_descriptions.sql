-- A rule's description, the words that explain each of its hits, kept once for every message
-- it fires on instead of in each message's verdict: it is often a paragraph, and the same for
-- every message until the firm edits the rule. An edited rule adds a row, so a verdict read
-- back still explains each hit as the rule did when the message was screened.
CREATE TABLE hit_descriptions (
    id          INTEGER PRIMARY KEY,
    rule        TEXT NOT NULL,
    description TEXT NOT NULL,
    UNIQUE (rule, description)
);
-- For each hit of `verdict_json`, in order, the `hit_descriptions` row that explains it,
-- separated by spaces; NULL for rows written before, whose hits carry their descriptions.
ALTER TABLE messages ADD COLUMN hit_descriptions TEXT;
