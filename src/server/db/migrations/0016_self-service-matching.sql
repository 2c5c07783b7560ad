CREATE TABLE "self_service_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"cohort_id" uuid NOT NULL,
	"mentee_member_id" uuid NOT NULL,
	"mentor_member_id" uuid NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"message" text NOT NULL,
	"response" text,
	"coordinator_note" text,
	"match_id" uuid,
	"responded_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"decided_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "programs" ADD COLUMN "matching_mode" text DEFAULT 'coordinator' NOT NULL;--> statement-breakpoint
ALTER TABLE "self_service_requests" ADD CONSTRAINT "self_service_requests_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_service_requests" ADD CONSTRAINT "self_service_requests_cohort_id_program_cohorts_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "public"."program_cohorts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_service_requests" ADD CONSTRAINT "self_service_requests_mentee_member_id_program_members_id_fk" FOREIGN KEY ("mentee_member_id") REFERENCES "public"."program_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_service_requests" ADD CONSTRAINT "self_service_requests_mentor_member_id_program_members_id_fk" FOREIGN KEY ("mentor_member_id") REFERENCES "public"."program_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_service_requests" ADD CONSTRAINT "self_service_requests_match_id_program_matches_id_fk" FOREIGN KEY ("match_id") REFERENCES "public"."program_matches"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_service_requests" ADD CONSTRAINT "self_service_requests_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "self_service_requests_open_key" ON "self_service_requests" USING btree ("mentee_member_id","mentor_member_id") WHERE "self_service_requests"."status" in ('pending', 'accepted_by_mentor');--> statement-breakpoint
CREATE INDEX "self_service_requests_program_idx" ON "self_service_requests" USING btree ("program_id","status","created_at");--> statement-breakpoint
CREATE INDEX "self_service_requests_mentor_idx" ON "self_service_requests" USING btree ("mentor_member_id","status");--> statement-breakpoint
CREATE INDEX "self_service_requests_mentee_idx" ON "self_service_requests" USING btree ("mentee_member_id","status");--> statement-breakpoint
CREATE INDEX "self_service_requests_cohort_idx" ON "self_service_requests" USING btree ("cohort_id","status");