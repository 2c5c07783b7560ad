ALTER TABLE "interactions" ADD COLUMN "deleted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "interview_stage_events" ADD COLUMN "before" jsonb;--> statement-breakpoint
ALTER TABLE "interviews" ADD COLUMN "starred_contact" boolean DEFAULT false NOT NULL;