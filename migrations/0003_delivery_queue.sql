CREATE TYPE "public"."do_not_contact_kind" AS ENUM('address', 'domain');--> statement-breakpoint
CREATE TYPE "public"."do_not_contact_reason" AS ENUM('unsubscribed', 'bounced', 'complained', 'manual');--> statement-breakpoint
ALTER TYPE "public"."email_status" ADD VALUE 'sending';--> statement-breakpoint
ALTER TYPE "public"."email_status" ADD VALUE 'unknown';--> statement-breakpoint
ALTER TYPE "public"."email_status" ADD VALUE 'skipped';--> statement-breakpoint
ALTER TYPE "public"."email_status" ADD VALUE 'cancelled';--> statement-breakpoint
CREATE TABLE "do_not_contact" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "do_not_contact_kind" NOT NULL,
	"value" varchar(255) NOT NULL,
	"reason" "do_not_contact_reason" NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "emails" ADD COLUMN "smtp_config_id" uuid;--> statement-breakpoint
ALTER TABLE "emails" ADD COLUMN "step_number" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "emails" ADD COLUMN "scheduled_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "emails" ADD COLUMN "next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "emails" ADD COLUMN "attempts" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "emails" ADD COLUMN "message_id" varchar(255);--> statement-breakpoint
ALTER TABLE "emails" ADD COLUMN "in_reply_to" varchar(255);--> statement-breakpoint
ALTER TABLE "emails" ADD COLUMN "claimed_by" varchar(100);--> statement-breakpoint
ALTER TABLE "emails" ADD COLUMN "claimed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "emails" ADD COLUMN "smtp_response" text;--> statement-breakpoint
ALTER TABLE "emails" ADD COLUMN "wait_reason" varchar(100);--> statement-breakpoint
ALTER TABLE "smtp_config" ADD COLUMN "reply_to" varchar(255);--> statement-breakpoint
ALTER TABLE "smtp_config" ADD COLUMN "resting_until" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "smtp_config" ADD COLUMN "rest_reason" text;--> statement-breakpoint
ALTER TABLE "smtp_config" ADD COLUMN "consecutive_failures" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "smtp_config" ADD COLUMN "next_send_at" timestamp with time zone;--> statement-breakpoint
CREATE UNIQUE INDEX "do_not_contact_value_unique" ON "do_not_contact" USING btree (lower("value"));--> statement-breakpoint
CREATE INDEX "do_not_contact_created_at_idx" ON "do_not_contact" USING btree ("created_at");--> statement-breakpoint
ALTER TABLE "emails" ADD CONSTRAINT "emails_smtp_config_id_smtp_config_id_fk" FOREIGN KEY ("smtp_config_id") REFERENCES "public"."smtp_config"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "emails_queued_next_attempt_idx" ON "emails" USING btree ("next_attempt_at","id") WHERE "emails"."status" = 'queued';--> statement-breakpoint
CREATE UNIQUE INDEX "emails_campaign_lead_step_unique" ON "emails" USING btree ("campaign_id","lead_id","step_number");--> statement-breakpoint
CREATE INDEX "emails_smtp_config_claimed_at_idx" ON "emails" USING btree ("smtp_config_id","claimed_at");--> statement-breakpoint
CREATE INDEX "emails_status_created_at_idx" ON "emails" USING btree ("status","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "emails_message_id_unique" ON "emails" USING btree ("message_id");