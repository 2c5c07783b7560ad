CREATE TABLE "mentoring_thread_posts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"mentorship_id" uuid NOT NULL,
	"author_user_id" uuid NOT NULL,
	"kind" text DEFAULT 'message' NOT NULL,
	"body" text,
	"title" text,
	"url" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mentor_mentees" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"mentee_user_id" uuid NOT NULL,
	"mentorship_id" uuid NOT NULL,
	"request_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mentor_mentees_mentorship_id_unique" UNIQUE("mentorship_id")
);
--> statement-breakpoint
CREATE TABLE "mentor_profiles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"listed" boolean DEFAULT false NOT NULL,
	"listed_at" timestamp with time zone,
	"skills" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"challenges" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"languages" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"industry" text,
	"role" text,
	"region" text,
	"timezone" text,
	"availability" text DEFAULT 'open' NOT NULL,
	"open_to_teens" boolean DEFAULT false NOT NULL,
	"bio" text,
	"age_band" text,
	"gender" text,
	"search_text" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mentor_profiles_user_id_unique" UNIQUE("user_id")
);
--> statement-breakpoint
CREATE TABLE "mentor_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"mentee_user_id" uuid NOT NULL,
	"mentor_user_id" uuid NOT NULL,
	"message" text NOT NULL,
	"kind" text DEFAULT 'other' NOT NULL,
	"areas" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"response" text,
	"responded_at" timestamp with time zone,
	"mentorship_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "mentoring_goal_posts" ADD COLUMN "author_user_id" uuid;--> statement-breakpoint
ALTER TABLE "mentorships" ADD COLUMN "mentor_user_id" uuid;--> statement-breakpoint
ALTER TABLE "mentoring_thread_posts" ADD CONSTRAINT "mentoring_thread_posts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_thread_posts" ADD CONSTRAINT "mentoring_thread_posts_mentorship_id_mentorships_id_fk" FOREIGN KEY ("mentorship_id") REFERENCES "public"."mentorships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_thread_posts" ADD CONSTRAINT "mentoring_thread_posts_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentor_mentees" ADD CONSTRAINT "mentor_mentees_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentor_mentees" ADD CONSTRAINT "mentor_mentees_mentee_user_id_users_id_fk" FOREIGN KEY ("mentee_user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentor_mentees" ADD CONSTRAINT "mentor_mentees_mentorship_id_mentorships_id_fk" FOREIGN KEY ("mentorship_id") REFERENCES "public"."mentorships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentor_mentees" ADD CONSTRAINT "mentor_mentees_request_id_mentor_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."mentor_requests"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentor_profiles" ADD CONSTRAINT "mentor_profiles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentor_requests" ADD CONSTRAINT "mentor_requests_mentee_user_id_users_id_fk" FOREIGN KEY ("mentee_user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentor_requests" ADD CONSTRAINT "mentor_requests_mentor_user_id_users_id_fk" FOREIGN KEY ("mentor_user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentor_requests" ADD CONSTRAINT "mentor_requests_mentorship_id_mentorships_id_fk" FOREIGN KEY ("mentorship_id") REFERENCES "public"."mentorships"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "mentoring_thread_posts_mentorship_idx" ON "mentoring_thread_posts" USING btree ("mentorship_id","created_at");--> statement-breakpoint
CREATE INDEX "mentor_mentees_user_idx" ON "mentor_mentees" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "mentor_profiles_listed_idx" ON "mentor_profiles" USING btree ("listed_at","id") WHERE "mentor_profiles"."listed";--> statement-breakpoint
CREATE UNIQUE INDEX "mentor_requests_pending_pair_idx" ON "mentor_requests" USING btree ("mentee_user_id","mentor_user_id") WHERE "mentor_requests"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "mentor_requests_mentor_idx" ON "mentor_requests" USING btree ("mentor_user_id","status","created_at");--> statement-breakpoint
CREATE INDEX "mentor_requests_mentee_idx" ON "mentor_requests" USING btree ("mentee_user_id","created_at");--> statement-breakpoint
ALTER TABLE "mentoring_goal_posts" ADD CONSTRAINT "mentoring_goal_posts_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentorships" ADD CONSTRAINT "mentorships_mentor_user_id_users_id_fk" FOREIGN KEY ("mentor_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "mentorships_mentor_user_idx" ON "mentorships" USING btree ("mentor_user_id");