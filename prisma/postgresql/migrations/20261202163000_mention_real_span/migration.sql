-- Every stored mention is a real span of its article's body: rows invented at 0–0 for actors
-- without a mention (an old save step did that) go, and no new one can be written.
DELETE FROM "Mention" WHERE "end" <= "start";

ALTER TABLE "Mention" ADD CONSTRAINT "Mention_real_span" CHECK ("end" > "start");
