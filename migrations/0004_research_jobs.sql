CREATE TABLE "research_job_leads" (
	"job_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"lead_id" uuid,
	"website" varchar(255) NOT NULL,
	"state" varchar(20) DEFAULT 'pending' NOT NULL,
	"summary" jsonb,
	"finished_at" timestamp with time zone,
	CONSTRAINT "research_job_leads_job_id_position_pk" PRIMARY KEY("job_id","position")
);
--> statement-breakpoint
ALTER TABLE "scraping_jobs" ADD COLUMN "heartbeat_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "scraping_jobs" ADD COLUMN "attempts" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "research_job_leads" ADD CONSTRAINT "research_job_leads_job_id_scraping_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."scraping_jobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "research_job_leads" ADD CONSTRAINT "research_job_leads_lead_id_leads_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."leads"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "research_job_leads_job_state_idx" ON "research_job_leads" USING btree ("job_id","state");--> statement-breakpoint
CREATE INDEX "research_job_leads_lead_idx" ON "research_job_leads" USING btree ("lead_id");