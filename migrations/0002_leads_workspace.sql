-- Trigram search for the lead table's search box (PGlite loads the extension; servers ship it in contrib).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE TABLE "deleted_leads" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"undo_token" uuid NOT NULL,
	"lead_id" uuid NOT NULL,
	"lead" jsonb NOT NULL,
	"campaign_leads" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"emails" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"deleted_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "saved_views" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" varchar(120) NOT NULL,
	"filter" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"columns" jsonb,
	"sort" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
DROP INDEX "leads_status_idx";--> statement-breakpoint
DROP INDEX "leads_quality_score_idx";--> statement-breakpoint
CREATE INDEX "deleted_leads_undo_token_idx" ON "deleted_leads" USING btree ("undo_token");--> statement-breakpoint
CREATE INDEX "deleted_leads_deleted_at_idx" ON "deleted_leads" USING btree ("deleted_at");--> statement-breakpoint
CREATE INDEX "leads_search_trgm_idx" ON "leads" USING gin (("company_name" || ' ' || coalesce("contact_name", '') || ' ' || coalesce("email", '') || ' ' || coalesce("website", '') || ' ' || coalesce("city", '') || ' ' || coalesce("notes", '')) gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "leads_tags_idx" ON "leads" USING gin ("tags");--> statement-breakpoint
CREATE INDEX "leads_industry_idx" ON "leads" USING btree ("industry");--> statement-breakpoint
CREATE INDEX "leads_country_city_idx" ON "leads" USING btree ("country","city");--> statement-breakpoint
CREATE INDEX "leads_company_name_idx" ON "leads" USING btree ("company_name","id");--> statement-breakpoint
CREATE INDEX "leads_last_contacted_at_idx" ON "leads" USING btree ("last_contacted_at" NULLS FIRST,"id");--> statement-breakpoint
CREATE INDEX "leads_quality_score_idx" ON "leads" USING btree ("quality_score" NULLS FIRST,"id");
--> statement-breakpoint
-- Half-empty pages leave room for a new version of every row on its own page: a bulk status change on
-- 100,000 leads is then a HOT update that writes no index entries (applies to pages written from now on).
ALTER TABLE "leads" SET (fillfactor = 50);
--> statement-breakpoint
-- saved_views has updated_at: attach the trigger of 0001 (idempotent, re-run for every such table).
DO $$
DECLARE t record;
BEGIN
  FOR t IN
    SELECT c.table_name FROM information_schema.columns c
    JOIN information_schema.tables tb ON tb.table_name = c.table_name AND tb.table_schema = c.table_schema
    WHERE c.table_schema = current_schema() AND c.column_name = 'updated_at' AND tb.table_type = 'BASE TABLE'
  LOOP
    EXECUTE format('DROP TRIGGER IF EXISTS set_updated_at ON %I', t.table_name);
    EXECUTE format('CREATE TRIGGER set_updated_at BEFORE UPDATE ON %I FOR EACH ROW EXECUTE FUNCTION set_updated_at()', t.table_name);
  END LOOP;
END $$;
