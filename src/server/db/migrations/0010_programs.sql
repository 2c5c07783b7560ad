CREATE TABLE "program_cohorts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"name" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "guardian_consents" (
	"mentee_member_id" uuid PRIMARY KEY NOT NULL,
	"guardian_member_id" uuid,
	"guardian_name" text,
	"guardian_email" text,
	"consent_given_on" date NOT NULL,
	"recorded_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "match_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cohort_id" uuid NOT NULL,
	"weights" jsonb NOT NULL,
	"pinned" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"forbidden" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"result" jsonb NOT NULL,
	"created_by" uuid,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mentor_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"motivation" text NOT NULL,
	"skills" text[] DEFAULT '{}' NOT NULL,
	"industries" text[] DEFAULT '{}' NOT NULL,
	"job_role" text,
	"languages" text[] DEFAULT '{}' NOT NULL,
	"availability" text NOT NULL,
	"time_zone" text,
	"preferred_stages" text[] DEFAULT '{}' NOT NULL,
	"capacity" integer NOT NULL,
	"background_check" text DEFAULT 'not_started' NOT NULL,
	"training_completed_on" date,
	"references" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"screening_notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mentor_applications_member_id_unique" UNIQUE("member_id")
);
--> statement-breakpoint
CREATE TABLE "organization_coordinators" (
	"organization_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organization_coordinators_organization_id_user_id_pk" PRIMARY KEY("organization_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "organizations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "program_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"email" text NOT NULL,
	"role" text NOT NULL,
	"cohort_id" uuid,
	"is_minor" boolean DEFAULT false NOT NULL,
	"token_hash" text NOT NULL,
	"invited_by" uuid,
	"status" text DEFAULT 'pending' NOT NULL,
	"accepted_by" uuid,
	"accepted_at" timestamp with time zone,
	"mail_id" uuid,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "program_invitations_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "program_matches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"cohort_id" uuid NOT NULL,
	"run_id" uuid,
	"mentee_member_id" uuid NOT NULL,
	"mentor_member_id" uuid NOT NULL,
	"score" integer NOT NULL,
	"breakdown" jsonb NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "program_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" text NOT NULL,
	"cohort_id" uuid,
	"is_minor" boolean DEFAULT false NOT NULL,
	"phone" text,
	"growth_areas" text[] DEFAULT '{}' NOT NULL,
	"preferred_industries" text[] DEFAULT '{}' NOT NULL,
	"preferred_roles" text[] DEFAULT '{}' NOT NULL,
	"languages" text[] DEFAULT '{}' NOT NULL,
	"time_zone" text,
	"stage" text,
	"manager_member_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"participants_are_minors" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "program_cohorts" ADD CONSTRAINT "program_cohorts_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guardian_consents" ADD CONSTRAINT "guardian_consents_mentee_member_id_program_members_id_fk" FOREIGN KEY ("mentee_member_id") REFERENCES "public"."program_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guardian_consents" ADD CONSTRAINT "guardian_consents_guardian_member_id_program_members_id_fk" FOREIGN KEY ("guardian_member_id") REFERENCES "public"."program_members"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guardian_consents" ADD CONSTRAINT "guardian_consents_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_runs" ADD CONSTRAINT "match_runs_cohort_id_program_cohorts_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "public"."program_cohorts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_runs" ADD CONSTRAINT "match_runs_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentor_applications" ADD CONSTRAINT "mentor_applications_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentor_applications" ADD CONSTRAINT "mentor_applications_member_id_program_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."program_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization_coordinators" ADD CONSTRAINT "organization_coordinators_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization_coordinators" ADD CONSTRAINT "organization_coordinators_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_invitations" ADD CONSTRAINT "program_invitations_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_invitations" ADD CONSTRAINT "program_invitations_cohort_id_program_cohorts_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "public"."program_cohorts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_invitations" ADD CONSTRAINT "program_invitations_invited_by_users_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_invitations" ADD CONSTRAINT "program_invitations_accepted_by_users_id_fk" FOREIGN KEY ("accepted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_matches" ADD CONSTRAINT "program_matches_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_matches" ADD CONSTRAINT "program_matches_cohort_id_program_cohorts_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "public"."program_cohorts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_matches" ADD CONSTRAINT "program_matches_run_id_match_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."match_runs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_matches" ADD CONSTRAINT "program_matches_mentee_member_id_program_members_id_fk" FOREIGN KEY ("mentee_member_id") REFERENCES "public"."program_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_matches" ADD CONSTRAINT "program_matches_mentor_member_id_program_members_id_fk" FOREIGN KEY ("mentor_member_id") REFERENCES "public"."program_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_members" ADD CONSTRAINT "program_members_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_members" ADD CONSTRAINT "program_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_members" ADD CONSTRAINT "program_members_cohort_id_program_cohorts_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "public"."program_cohorts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programs" ADD CONSTRAINT "programs_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "program_cohorts_program_idx" ON "program_cohorts" USING btree ("program_id","starts_on");--> statement-breakpoint
CREATE INDEX "match_runs_cohort_idx" ON "match_runs" USING btree ("cohort_id","created_at");--> statement-breakpoint
CREATE INDEX "mentor_applications_program_idx" ON "mentor_applications" USING btree ("program_id","created_at","id");--> statement-breakpoint
CREATE INDEX "organization_coordinators_user_idx" ON "organization_coordinators" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "program_invitations_program_idx" ON "program_invitations" USING btree ("program_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "program_matches_mentee_key" ON "program_matches" USING btree ("cohort_id","mentee_member_id");--> statement-breakpoint
CREATE INDEX "program_matches_mentor_idx" ON "program_matches" USING btree ("mentor_member_id");--> statement-breakpoint
CREATE INDEX "program_matches_program_idx" ON "program_matches" USING btree ("program_id");--> statement-breakpoint
CREATE UNIQUE INDEX "program_members_role_key" ON "program_members" USING btree ("program_id","user_id","role");--> statement-breakpoint
CREATE INDEX "program_members_user_idx" ON "program_members" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "program_members_program_idx" ON "program_members" USING btree ("program_id","role","created_at","id");--> statement-breakpoint
CREATE INDEX "programs_org_idx" ON "programs" USING btree ("organization_id","created_at");