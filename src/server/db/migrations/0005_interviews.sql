CREATE TABLE "interview_question_picks" (
	"interview_id" uuid NOT NULL,
	"question_id" text NOT NULL,
	"position" integer NOT NULL,
	"text" text NOT NULL,
	"notes" text,
	CONSTRAINT "interview_question_picks_interview_id_question_id_pk" PRIMARY KEY("interview_id","question_id")
);
--> statement-breakpoint
CREATE TABLE "interview_questions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "interview_stage_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"interview_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"from_stage" text,
	"to_stage" text NOT NULL,
	"reason" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "interviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"contact_id" uuid NOT NULL,
	"stage" text DEFAULT 'prospect' NOT NULL,
	"previous_stage" text,
	"topic" text,
	"notes" text,
	"location" text,
	"scheduled_at" timestamp with time zone,
	"follow_up_on" date,
	"held_at" timestamp with time zone,
	"interaction_id" uuid,
	"flow_rating" smallint,
	"learned" text,
	"they_care_about" text,
	"starred" boolean DEFAULT false NOT NULL,
	"closed_reason" text,
	"stage_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "interview_question_picks" ADD CONSTRAINT "interview_question_picks_interview_id_interviews_id_fk" FOREIGN KEY ("interview_id") REFERENCES "public"."interviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_questions" ADD CONSTRAINT "interview_questions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_stage_events" ADD CONSTRAINT "interview_stage_events_interview_id_interviews_id_fk" FOREIGN KEY ("interview_id") REFERENCES "public"."interviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_stage_events" ADD CONSTRAINT "interview_stage_events_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interviews" ADD CONSTRAINT "interviews_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interviews" ADD CONSTRAINT "interviews_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interviews" ADD CONSTRAINT "interviews_interaction_id_interactions_id_fk" FOREIGN KEY ("interaction_id") REFERENCES "public"."interactions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "interview_questions_user_created_idx" ON "interview_questions" USING btree ("user_id","created_at","id");--> statement-breakpoint
CREATE INDEX "interview_stage_events_interview_idx" ON "interview_stage_events" USING btree ("interview_id","at");--> statement-breakpoint
CREATE INDEX "interviews_user_created_idx" ON "interviews" USING btree ("user_id","created_at","id");--> statement-breakpoint
CREATE INDEX "interviews_user_stage_idx" ON "interviews" USING btree ("user_id","stage");--> statement-breakpoint
CREATE INDEX "interviews_contact_idx" ON "interviews" USING btree ("contact_id");--> statement-breakpoint
CREATE INDEX "interviews_user_held_idx" ON "interviews" USING btree ("user_id","flow_rating","held_at") WHERE "interviews"."held_at" is not null;