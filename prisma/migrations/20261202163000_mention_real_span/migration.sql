-- Every stored mention is a real span of its article's body: rows invented at 0–0 for actors
-- without a mention (an old save step did that) go, and no new one can be written.
DELETE FROM "Mention" WHERE "end" <= "start";

CREATE TRIGGER "Mention_real_span_insert" BEFORE INSERT ON "Mention"
WHEN NEW."end" <= NEW."start"
BEGIN
  SELECT RAISE(ABORT, 'Mention span must be non-empty (end > start)');
END;

CREATE TRIGGER "Mention_real_span_update" BEFORE UPDATE OF "start", "end" ON "Mention"
WHEN NEW."end" <= NEW."start"
BEGIN
  SELECT RAISE(ABORT, 'Mention span must be non-empty (end > start)');
END;
