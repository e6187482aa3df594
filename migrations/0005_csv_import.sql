CREATE TYPE "public"."import_status" AS ENUM('running', 'completed', 'cancelled', 'interrupted', 'failed');--> statement-breakpoint
CREATE TABLE "import_presets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" varchar(255) NOT NULL,
	"header_signature" varchar(64) NOT NULL,
	"mapping" jsonb NOT NULL,
	"defaults" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "import_presets_name_unique" UNIQUE("name")
);
--> statement-breakpoint
ALTER TABLE "lead_batches" ADD COLUMN "status" "import_status" DEFAULT 'running' NOT NULL;--> statement-breakpoint
ALTER TABLE "lead_batches" ADD COLUMN "updated_leads" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "lead_batches" ADD COLUMN "error_report_path" text;--> statement-breakpoint
ALTER TABLE "lead_batches" ADD COLUMN "heartbeat_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "lead_batches" ADD COLUMN "undone_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "lead_batches" ADD COLUMN "undo_kept_leads" integer;--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "dedupe_key" varchar(400);--> statement-breakpoint
CREATE INDEX "import_presets_header_signature_idx" ON "import_presets" USING btree ("header_signature");--> statement-breakpoint
CREATE INDEX "lead_batches_created_at_idx" ON "lead_batches" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "leads_dedupe_key_idx" ON "leads" USING btree ("dedupe_key") WHERE "leads"."dedupe_key" is not null;--> statement-breakpoint
-- Batches from before this migration have finished (or never will): the default says running.
UPDATE "lead_batches" SET "status" = CASE WHEN "completed_at" IS NULL THEN 'interrupted'::import_status ELSE 'completed'::import_status END;--> statement-breakpoint
-- import_presets has updated_at: attach the trigger (the block of 0001, idempotent).
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
