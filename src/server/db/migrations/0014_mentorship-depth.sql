CREATE TABLE "interview_prep_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"prep_id" uuid NOT NULL,
	"author_user_id" uuid NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "interview_preps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"company" text NOT NULL,
	"role" text NOT NULL,
	"scheduled_at" timestamp with time zone,
	"location" text,
	"people" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"likely_questions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"questions_to_ask" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"research_notes" text,
	"shared_mentorship_id" uuid,
	"status" text DEFAULT 'preparing' NOT NULL,
	"held_at" timestamp with time zone,
	"interaction_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mentorship_reflections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"mentorship_id" uuid NOT NULL,
	"author_user_id" uuid NOT NULL,
	"learned" text,
	"worked" text,
	"would_change" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "shadow_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"mentorship_id" uuid NOT NULL,
	"proposed_dates" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"hopes" text NOT NULL,
	"note" text,
	"status" text DEFAULT 'requested' NOT NULL,
	"chosen_date" date,
	"approval_confirmed" boolean DEFAULT false NOT NULL,
	"mentor_note" text,
	"decline_message" text,
	"answered_by" text,
	"answered_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "mentorships" ADD COLUMN "quiet_nudged_for" date;--> statement-breakpoint
ALTER TABLE "interview_prep_comments" ADD CONSTRAINT "interview_prep_comments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_prep_comments" ADD CONSTRAINT "interview_prep_comments_prep_id_interview_preps_id_fk" FOREIGN KEY ("prep_id") REFERENCES "public"."interview_preps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_prep_comments" ADD CONSTRAINT "interview_prep_comments_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_preps" ADD CONSTRAINT "interview_preps_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_preps" ADD CONSTRAINT "interview_preps_shared_mentorship_id_mentorships_id_fk" FOREIGN KEY ("shared_mentorship_id") REFERENCES "public"."mentorships"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentorship_reflections" ADD CONSTRAINT "mentorship_reflections_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentorship_reflections" ADD CONSTRAINT "mentorship_reflections_mentorship_id_mentorships_id_fk" FOREIGN KEY ("mentorship_id") REFERENCES "public"."mentorships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentorship_reflections" ADD CONSTRAINT "mentorship_reflections_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shadow_requests" ADD CONSTRAINT "shadow_requests_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shadow_requests" ADD CONSTRAINT "shadow_requests_mentorship_id_mentorships_id_fk" FOREIGN KEY ("mentorship_id") REFERENCES "public"."mentorships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "interview_prep_comments_prep_idx" ON "interview_prep_comments" USING btree ("prep_id","created_at");--> statement-breakpoint
CREATE INDEX "interview_preps_user_idx" ON "interview_preps" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "interview_preps_shared_idx" ON "interview_preps" USING btree ("shared_mentorship_id");--> statement-breakpoint
CREATE UNIQUE INDEX "mentorship_reflections_author_idx" ON "mentorship_reflections" USING btree ("mentorship_id","author_user_id");--> statement-breakpoint
CREATE INDEX "shadow_requests_mentorship_idx" ON "shadow_requests" USING btree ("mentorship_id","created_at");