CREATE TABLE "mentor_wish_lists" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"looking_for" text,
	"skills" text,
	"challenges" text,
	"industry" text,
	"why" text,
	"share_token" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mentor_wish_lists_share_token_unique" UNIQUE("share_token")
);
--> statement-breakpoint
CREATE TABLE "mentoring_action_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"text" text NOT NULL,
	"owner" text DEFAULT 'me' NOT NULL,
	"due_on" date,
	"position" integer DEFAULT 0 NOT NULL,
	"done_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mentoring_agreements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"mentorship_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"goals" text,
	"cadence" text,
	"channels" text,
	"response_times" text,
	"confidentiality" text,
	"duration" text,
	"review_on" date,
	"mentee_accepted_at" timestamp with time zone,
	"mentor_accepted_at" timestamp with time zone,
	"mentor_agreed_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mentoring_goal_posts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"goal_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"body" text NOT NULL,
	"posted_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mentoring_goal_shares" (
	"goal_id" uuid NOT NULL,
	"mentorship_id" uuid NOT NULL,
	CONSTRAINT "mentoring_goal_shares_goal_id_mentorship_id_pk" PRIMARY KEY("goal_id","mentorship_id")
);
--> statement-breakpoint
CREATE TABLE "mentoring_goals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"horizon" text NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"areas" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"achieved" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mentoring_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"mentorship_id" uuid NOT NULL,
	"held_on" date NOT NULL,
	"agenda" text,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mentorships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"contact_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"is_manager" boolean DEFAULT false NOT NULL,
	"areas" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"started_on" date,
	"closed_on" date,
	"reflection" text,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "mentor_wish_lists" ADD CONSTRAINT "mentor_wish_lists_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_action_items" ADD CONSTRAINT "mentoring_action_items_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_action_items" ADD CONSTRAINT "mentoring_action_items_meeting_id_mentoring_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."mentoring_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_agreements" ADD CONSTRAINT "mentoring_agreements_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_agreements" ADD CONSTRAINT "mentoring_agreements_mentorship_id_mentorships_id_fk" FOREIGN KEY ("mentorship_id") REFERENCES "public"."mentorships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_goal_posts" ADD CONSTRAINT "mentoring_goal_posts_goal_id_mentoring_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."mentoring_goals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_goal_posts" ADD CONSTRAINT "mentoring_goal_posts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_goal_shares" ADD CONSTRAINT "mentoring_goal_shares_goal_id_mentoring_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."mentoring_goals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_goal_shares" ADD CONSTRAINT "mentoring_goal_shares_mentorship_id_mentorships_id_fk" FOREIGN KEY ("mentorship_id") REFERENCES "public"."mentorships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_goals" ADD CONSTRAINT "mentoring_goals_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_meetings" ADD CONSTRAINT "mentoring_meetings_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_meetings" ADD CONSTRAINT "mentoring_meetings_mentorship_id_mentorships_id_fk" FOREIGN KEY ("mentorship_id") REFERENCES "public"."mentorships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentorships" ADD CONSTRAINT "mentorships_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentorships" ADD CONSTRAINT "mentorships_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "mentoring_action_items_meeting_idx" ON "mentoring_action_items" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "mentoring_action_items_user_open_idx" ON "mentoring_action_items" USING btree ("user_id","due_on");--> statement-breakpoint
CREATE UNIQUE INDEX "mentoring_agreements_version_idx" ON "mentoring_agreements" USING btree ("mentorship_id","version");--> statement-breakpoint
CREATE INDEX "mentoring_goal_posts_goal_idx" ON "mentoring_goal_posts" USING btree ("goal_id","posted_on");--> statement-breakpoint
CREATE INDEX "mentoring_goal_shares_mentorship_idx" ON "mentoring_goal_shares" USING btree ("mentorship_id");--> statement-breakpoint
CREATE INDEX "mentoring_goals_user_idx" ON "mentoring_goals" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "mentoring_meetings_mentorship_idx" ON "mentoring_meetings" USING btree ("mentorship_id","held_on");--> statement-breakpoint
CREATE INDEX "mentorships_user_idx" ON "mentorships" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "mentorships_contact_idx" ON "mentorships" USING btree ("contact_id");