CREATE TYPE "public"."campaign_status" AS ENUM('draft', 'active', 'paused', 'completed', 'archived');--> statement-breakpoint
CREATE TYPE "public"."email_status" AS ENUM('queued', 'sent', 'delivered', 'opened', 'clicked', 'bounced', 'failed', 'spam');--> statement-breakpoint
CREATE TYPE "public"."lead_status" AS ENUM('new', 'contacted', 'follow_up_1', 'follow_up_2', 'responded', 'interested', 'not_interested', 'invalid', 'converted');--> statement-breakpoint
CREATE TYPE "public"."schedule_type" AS ENUM('manual', 'immediate', 'scheduled', 'daily', 'weekly', 'custom');--> statement-breakpoint
CREATE TYPE "public"."scraping_job_status" AS ENUM('queued', 'running', 'completed', 'failed', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."template_category" AS ENUM('initial_outreach', 'follow_up', 'meeting_request', 'introduction', 'product_demo', 'partnership', 'general', 'other');--> statement-breakpoint
CREATE TYPE "public"."verification_status" AS ENUM('unverified', 'email_verified', 'phone_verified', 'fully_verified');--> statement-breakpoint
CREATE TABLE "lead_batches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" varchar(255) NOT NULL,
	"source_file" varchar(255),
	"uploaded_by" varchar(255),
	"total_leads" integer DEFAULT 0 NOT NULL,
	"successful_imports" integer DEFAULT 0 NOT NULL,
	"failed_imports" integer DEFAULT 0 NOT NULL,
	"duplicates_skipped" integer DEFAULT 0 NOT NULL,
	"import_settings" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "leads" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_name" varchar(255) NOT NULL,
	"website" varchar(255),
	"email" varchar(255),
	"phone" varchar(50),
	"contact_name" varchar(255),
	"job_title" varchar(255),
	"country" varchar(100),
	"city" varchar(100),
	"address" text,
	"industry" varchar(100) NOT NULL,
	"business_type" varchar(100),
	"company_size" varchar(50),
	"source" varchar(50) NOT NULL,
	"source_type" varchar(50),
	"batch_id" uuid,
	"quality_score" integer,
	"verification_status" "verification_status" DEFAULT 'unverified' NOT NULL,
	"status" "lead_status" DEFAULT 'new' NOT NULL,
	"follow_up_stage" varchar(50),
	"last_contacted_at" timestamp with time zone,
	"last_responded_at" timestamp with time zone,
	"emails_sent" integer DEFAULT 0 NOT NULL,
	"emails_opened" integer DEFAULT 0 NOT NULL,
	"emails_clicked" integer DEFAULT 0 NOT NULL,
	"has_google_maps_listing" boolean,
	"google_rating" numeric(3, 2),
	"google_review_count" integer,
	"has_booking_keywords" boolean,
	"booking_keyword_score" integer,
	"current_booking_tool" varchar(100),
	"has_appointment_form" boolean,
	"has_online_booking" boolean,
	"has_multi_location" boolean,
	"services_count" integer,
	"booking_potential" varchar(20),
	"digital_maturity_score" integer,
	"is_decision_maker" boolean,
	"has_weekend_hours" boolean,
	"response_time" varchar(50),
	"price_level" integer,
	"notes" text,
	"tags" varchar(100)[] DEFAULT '{}'::varchar[] NOT NULL,
	"custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"linkedin_url" varchar(500),
	"linkedin_sales_nav_data" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "leads_quality_score_range" CHECK ("leads"."quality_score" between 0 and 100),
	CONSTRAINT "leads_booking_keyword_score_range" CHECK ("leads"."booking_keyword_score" between 0 and 10),
	CONSTRAINT "leads_digital_maturity_score_range" CHECK ("leads"."digital_maturity_score" between 0 and 100)
);
--> statement-breakpoint
CREATE TABLE "campaign_leads" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"lead_id" uuid NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	"processed" boolean DEFAULT false NOT NULL,
	"processed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "campaigns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" varchar(255) NOT NULL,
	"description" text,
	"campaign_type" varchar(50),
	"batch_id" uuid,
	"industry" varchar(100),
	"target_countries" varchar(100)[] DEFAULT '{}'::varchar[] NOT NULL,
	"target_cities" varchar(100)[] DEFAULT '{}'::varchar[] NOT NULL,
	"company_size" varchar(50),
	"leads_per_day" integer DEFAULT 50 NOT NULL,
	"email_template_id" uuid,
	"workflow_id" uuid,
	"follow_up_enabled" boolean DEFAULT true NOT NULL,
	"follow_up_1_delay_days" integer DEFAULT 3 NOT NULL,
	"follow_up_2_delay_days" integer DEFAULT 5 NOT NULL,
	"status" "campaign_status" DEFAULT 'draft' NOT NULL,
	"schedule_type" "schedule_type" DEFAULT 'manual' NOT NULL,
	"schedule_time" varchar(10),
	"start_date" timestamp with time zone,
	"end_date" timestamp with time zone,
	"uses_linkedin" boolean DEFAULT false NOT NULL,
	"uses_apollo" boolean DEFAULT false NOT NULL,
	"uses_people_dl" boolean DEFAULT false NOT NULL,
	"uses_google_places" boolean DEFAULT false NOT NULL,
	"uses_web_scraping" boolean DEFAULT false NOT NULL,
	"leads_generated" integer DEFAULT 0 NOT NULL,
	"emails_sent" integer DEFAULT 0 NOT NULL,
	"emails_opened" integer DEFAULT 0 NOT NULL,
	"emails_clicked" integer DEFAULT 0 NOT NULL,
	"responses_received" integer DEFAULT 0 NOT NULL,
	"last_run_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "emails" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"lead_id" uuid NOT NULL,
	"campaign_id" uuid,
	"subject" varchar(500) NOT NULL,
	"body_text" text NOT NULL,
	"body_html" text,
	"follow_up_stage" varchar(50),
	"status" "email_status" DEFAULT 'queued' NOT NULL,
	"sent_at" timestamp with time zone,
	"delivered_at" timestamp with time zone,
	"opened_at" timestamp with time zone,
	"clicked_at" timestamp with time zone,
	"bounced_at" timestamp with time zone,
	"error_message" text,
	"external_id" varchar(255),
	"open_count" integer DEFAULT 0 NOT NULL,
	"click_count" integer DEFAULT 0 NOT NULL,
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "custom_variables" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" varchar(100) NOT NULL,
	"label" varchar(255) NOT NULL,
	"value" varchar(255) NOT NULL,
	"category" varchar(50),
	"description" text,
	"usage_count" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"default_value" varchar(500),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "custom_variables_key_unique" UNIQUE("key")
);
--> statement-breakpoint
CREATE TABLE "email_templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" varchar(255) NOT NULL,
	"description" text,
	"category" "template_category" DEFAULT 'general' NOT NULL,
	"industry" varchar(100),
	"follow_up_stage" varchar(50),
	"subject" varchar(500) NOT NULL,
	"body_text" text NOT NULL,
	"body_html" text,
	"variables" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"is_default" boolean DEFAULT false NOT NULL,
	"usage_count" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "workflow_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workflow_id" uuid NOT NULL,
	"step_number" integer NOT NULL,
	"days_after_previous" integer DEFAULT 0 NOT NULL,
	"subject" varchar(500) NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "workflows" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" varchar(255) NOT NULL,
	"description" text,
	"steps_count" integer DEFAULT 0 NOT NULL,
	"industry" varchar(100),
	"country" varchar(100),
	"ai_instructions" text,
	"is_active" boolean DEFAULT true NOT NULL,
	"usage_count" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "api_performance" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"api_source" varchar(50) NOT NULL,
	"leads_generated" integer DEFAULT 0 NOT NULL,
	"leads_converted" integer DEFAULT 0 NOT NULL,
	"emails_found" integer DEFAULT 0 NOT NULL,
	"emails_verified" integer DEFAULT 0 NOT NULL,
	"avg_lead_score" numeric(5, 2),
	"hot_leads_percent" numeric(5, 2),
	"warm_leads_percent" numeric(5, 2),
	"demos_booked" integer DEFAULT 0 NOT NULL,
	"trials_started" integer DEFAULT 0 NOT NULL,
	"customers_converted" integer DEFAULT 0 NOT NULL,
	"api_calls_used" integer DEFAULT 0 NOT NULL,
	"api_calls_limit" integer,
	"cost_per_lead" numeric(10, 2),
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "api_usage" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service" varchar(50) NOT NULL,
	"requests_made" integer DEFAULT 0 NOT NULL,
	"requests_limit" integer,
	"period_start" timestamp with time zone NOT NULL,
	"period_end" timestamp with time zone NOT NULL,
	"cost" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "lead_source_roi" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"lead_id" uuid NOT NULL,
	"source" varchar(50) NOT NULL,
	"first_contact_at" timestamp with time zone,
	"demo_booked_at" timestamp with time zone,
	"trial_started_at" timestamp with time zone,
	"converted_at" timestamp with time zone,
	"plan_type" varchar(50),
	"mrr" numeric(10, 2),
	"lifetime_value" numeric(10, 2),
	"attributed_source" varchar(50),
	"conversion_time_days" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scraping_jobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source" varchar(50) NOT NULL,
	"industry" varchar(100),
	"country" varchar(100),
	"city" varchar(100),
	"max_results" integer,
	"filters" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"status" "scraping_job_status" DEFAULT 'queued' NOT NULL,
	"progress" integer DEFAULT 0 NOT NULL,
	"leads_found" integer DEFAULT 0 NOT NULL,
	"leads_imported" integer DEFAULT 0 NOT NULL,
	"error_message" text,
	"results_json" jsonb,
	"started_at" timestamp with time zone,
	"completed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "website_analysis_cache" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"domain" varchar(255) NOT NULL,
	"has_booking_keywords" boolean,
	"booking_keyword_score" integer,
	"current_booking_tool" varchar(100),
	"has_appointment_form" boolean,
	"has_calendar" boolean,
	"has_pricing" boolean,
	"has_gallery" boolean,
	"has_reviews" boolean,
	"has_contact_form" boolean,
	"has_phone_only" boolean,
	"multi_location" boolean,
	"services_count" integer,
	"language_support" varchar(255)[] DEFAULT '{}'::varchar[] NOT NULL,
	"analysis_data" jsonb,
	"last_analyzed_at" timestamp with time zone,
	"expires_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "website_analysis_cache_domain_unique" UNIQUE("domain"),
	CONSTRAINT "website_analysis_cache_booking_keyword_score_range" CHECK ("website_analysis_cache"."booking_keyword_score" between 0 and 10)
);
--> statement-breakpoint
CREATE TABLE "smtp_config" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"provider" varchar(100) NOT NULL,
	"provider_name" varchar(100) NOT NULL,
	"host" varchar(255) NOT NULL,
	"port" integer NOT NULL,
	"secure" boolean DEFAULT false NOT NULL,
	"username" varchar(255),
	"password" text,
	"from_email" varchar(255) NOT NULL,
	"from_name" varchar(255),
	"daily_limit" integer,
	"hourly_limit" integer,
	"is_active" boolean DEFAULT true NOT NULL,
	"is_primary" boolean DEFAULT false NOT NULL,
	"priority" integer DEFAULT 0 NOT NULL,
	"documentation_url" varchar(500),
	"setup_notes" text,
	"emails_sent_today" integer DEFAULT 0 NOT NULL,
	"emails_sent_this_hour" integer DEFAULT 0 NOT NULL,
	"last_reset_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "api_config" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"api_source" varchar(50) NOT NULL,
	"api_key" text,
	"api_secret" text,
	"plan_name" varchar(100),
	"monthly_limit" integer,
	"cost_per_lead" numeric(10, 2),
	"cost_per_api_call" numeric(10, 2),
	"is_active" boolean DEFAULT true NOT NULL,
	"documentation_url" varchar(500),
	"setup_notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "api_config_api_source_unique" UNIQUE("api_source")
);
--> statement-breakpoint
CREATE TABLE "activity_log" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entity_type" varchar(50) NOT NULL,
	"entity_id" uuid NOT NULL,
	"action" varchar(100) NOT NULL,
	"description" text,
	"metadata" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "settings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" varchar(100) NOT NULL,
	"value" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "settings_key_unique" UNIQUE("key")
);
--> statement-breakpoint
ALTER TABLE "leads" ADD CONSTRAINT "leads_batch_id_lead_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."lead_batches"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_leads" ADD CONSTRAINT "campaign_leads_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_leads" ADD CONSTRAINT "campaign_leads_lead_id_leads_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."leads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_batch_id_lead_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."lead_batches"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_email_template_id_email_templates_id_fk" FOREIGN KEY ("email_template_id") REFERENCES "public"."email_templates"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_workflow_id_workflows_id_fk" FOREIGN KEY ("workflow_id") REFERENCES "public"."workflows"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emails" ADD CONSTRAINT "emails_lead_id_leads_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."leads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emails" ADD CONSTRAINT "emails_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workflow_steps" ADD CONSTRAINT "workflow_steps_workflow_id_workflows_id_fk" FOREIGN KEY ("workflow_id") REFERENCES "public"."workflows"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lead_source_roi" ADD CONSTRAINT "lead_source_roi_lead_id_leads_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."leads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "leads_source_idx" ON "leads" USING btree ("source");--> statement-breakpoint
CREATE INDEX "leads_status_idx" ON "leads" USING btree ("status");--> statement-breakpoint
CREATE INDEX "leads_quality_score_idx" ON "leads" USING btree ("quality_score");--> statement-breakpoint
CREATE INDEX "leads_batch_id_idx" ON "leads" USING btree ("batch_id");--> statement-breakpoint
CREATE UNIQUE INDEX "leads_email_lower_unique" ON "leads" USING btree (lower("email")) WHERE "leads"."email" is not null;--> statement-breakpoint
CREATE INDEX "leads_created_at_idx" ON "leads" USING btree ("created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "campaign_leads_campaign_lead_unique" ON "campaign_leads" USING btree ("campaign_id","lead_id");--> statement-breakpoint
CREATE INDEX "campaign_leads_lead_id_idx" ON "campaign_leads" USING btree ("lead_id");--> statement-breakpoint
CREATE INDEX "emails_lead_id_idx" ON "emails" USING btree ("lead_id");--> statement-breakpoint
CREATE INDEX "emails_campaign_id_status_idx" ON "emails" USING btree ("campaign_id","status");--> statement-breakpoint
CREATE INDEX "emails_queued_created_at_idx" ON "emails" USING btree ("created_at") WHERE "emails"."status" = 'queued';--> statement-breakpoint
CREATE INDEX "email_templates_category_idx" ON "email_templates" USING btree ("category");--> statement-breakpoint
CREATE UNIQUE INDEX "workflow_steps_workflow_step_unique" ON "workflow_steps" USING btree ("workflow_id","step_number");--> statement-breakpoint
CREATE UNIQUE INDEX "api_performance_source_period_unique" ON "api_performance" USING btree ("api_source","period_start");--> statement-breakpoint
CREATE UNIQUE INDEX "api_usage_service_period_unique" ON "api_usage" USING btree ("service","period_start");--> statement-breakpoint
CREATE INDEX "lead_source_roi_lead_id_idx" ON "lead_source_roi" USING btree ("lead_id");--> statement-breakpoint
CREATE UNIQUE INDEX "smtp_config_single_primary_unique" ON "smtp_config" USING btree ("is_primary") WHERE "smtp_config"."is_primary";--> statement-breakpoint
CREATE INDEX "activity_log_entity_created_at_idx" ON "activity_log" USING btree ("entity_type","entity_id","created_at");