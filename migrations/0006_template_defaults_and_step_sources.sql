ALTER TABLE "email_templates" ADD COLUMN "body_text_override" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "workflow_steps" ADD COLUMN "body_html" text;--> statement-breakpoint
ALTER TABLE "workflow_steps" ADD COLUMN "body_text_override" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "workflow_steps" ADD COLUMN "template_id" uuid;--> statement-breakpoint
ALTER TABLE "workflow_steps" ADD COLUMN "send_as_reply" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "workflow_steps" ADD CONSTRAINT "workflow_steps_template_id_email_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."email_templates"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "email_templates_one_default_per_category" ON "email_templates" USING btree ("category") WHERE "email_templates"."is_default";