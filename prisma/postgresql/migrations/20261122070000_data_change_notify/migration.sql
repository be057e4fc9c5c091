-- Every committed write to a data table notifies channel news_data_changed with the
-- schema's name (lib/cache/postgres-revision.ts): statement-level, so a bulk write
-- sends one notification, and PostgreSQL folds identical notifications of one
-- transaction into one, delivered only at commit. No row locks are taken.
CREATE OR REPLACE FUNCTION "news_notify_data_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('news_data_changed', TG_TABLE_SCHEMA);
  RETURN NULL;
END
$$;

CREATE TRIGGER "Article_notify_data_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Article" FOR EACH STATEMENT EXECUTE FUNCTION "news_notify_data_changed"();
CREATE TRIGGER "Actor_notify_data_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Actor" FOR EACH STATEMENT EXECUTE FUNCTION "news_notify_data_changed"();
CREATE TRIGGER "ActorAlias_notify_data_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ActorAlias" FOR EACH STATEMENT EXECUTE FUNCTION "news_notify_data_changed"();
CREATE TRIGGER "Mention_notify_data_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Mention" FOR EACH STATEMENT EXECUTE FUNCTION "news_notify_data_changed"();
CREATE TRIGGER "Quote_notify_data_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Quote" FOR EACH STATEMENT EXECUTE FUNCTION "news_notify_data_changed"();
CREATE TRIGGER "Event_notify_data_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Event" FOR EACH STATEMENT EXECUTE FUNCTION "news_notify_data_changed"();
CREATE TRIGGER "EventParticipant_notify_data_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "EventParticipant" FOR EACH STATEMENT EXECUTE FUNCTION "news_notify_data_changed"();
CREATE TRIGGER "Correction_notify_data_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Correction" FOR EACH STATEMENT EXECUTE FUNCTION "news_notify_data_changed"();
