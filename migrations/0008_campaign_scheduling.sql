ALTER TABLE "campaign_leads" ADD COLUMN "state" varchar(20) DEFAULT 'queued' NOT NULL;--> statement-breakpoint
ALTER TABLE "campaign_leads" ADD COLUMN "enrolled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "campaign_leads" ADD COLUMN "enrolled_day" varchar(10);--> statement-breakpoint
ALTER TABLE "campaign_leads" ADD COLUMN "step_reached" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "campaign_leads" ADD COLUMN "last_sent_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "campaign_leads" ADD COLUMN "next_due_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "campaign_leads" ADD COLUMN "left_reason" varchar(50);--> statement-breakpoint
ALTER TABLE "campaign_leads" ADD COLUMN "time_zone" varchar(64);--> statement-breakpoint
ALTER TABLE "campaign_leads" ADD COLUMN "smtp_config_id" uuid;--> statement-breakpoint
ALTER TABLE "campaign_leads" ADD COLUMN "last_email_id" uuid;--> statement-breakpoint
ALTER TABLE "campaign_leads" ADD COLUMN "first_subject" varchar(500);--> statement-breakpoint
ALTER TABLE "campaigns" ADD COLUMN "window_days" smallint[] DEFAULT '{1,2,3,4,5}'::smallint[] NOT NULL;--> statement-breakpoint
ALTER TABLE "campaigns" ADD COLUMN "window_start" varchar(5) DEFAULT '09:00' NOT NULL;--> statement-breakpoint
ALTER TABLE "campaigns" ADD COLUMN "window_end" varchar(5) DEFAULT '17:00' NOT NULL;--> statement-breakpoint
ALTER TABLE "campaigns" ADD COLUMN "time_zone_mode" varchar(20) DEFAULT 'recipient' NOT NULL;--> statement-breakpoint
ALTER TABLE "campaigns" ADD COLUMN "time_zone" varchar(64) DEFAULT 'UTC' NOT NULL;--> statement-breakpoint
ALTER TABLE "campaigns" ADD COLUMN "schedule_days" smallint[];--> statement-breakpoint
ALTER TABLE "campaigns" ADD COLUMN "schedule_cron" varchar(120);--> statement-breakpoint
ALTER TABLE "campaigns" ADD COLUMN "account_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL;--> statement-breakpoint
ALTER TABLE "campaigns" ADD COLUMN "audience_kind" varchar(20) DEFAULT 'filter' NOT NULL;--> statement-breakpoint
ALTER TABLE "campaigns" ADD COLUMN "audience_filter" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "campaigns" ADD COLUMN "audience_lead_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL;--> statement-breakpoint
ALTER TABLE "campaigns" ADD COLUMN "exclude_active_elsewhere" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "campaigns" ADD COLUMN "activated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "campaigns" ADD COLUMN "completed_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "campaign_leads_state_due_idx" ON "campaign_leads" USING btree ("state","next_due_at");--> statement-breakpoint
CREATE INDEX "campaign_leads_campaign_state_added_idx" ON "campaign_leads" USING btree ("campaign_id","state","added_at");--> statement-breakpoint
CREATE INDEX "campaign_leads_campaign_day_idx" ON "campaign_leads" USING btree ("campaign_id","enrolled_day");