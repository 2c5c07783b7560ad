CREATE TABLE "job_listing_interests" (
	"listing_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"state" text NOT NULL,
	"applied_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "job_listing_interests_listing_id_user_id_pk" PRIMARY KEY("listing_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "job_listings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"poster_member_id" uuid NOT NULL,
	"title" text NOT NULL,
	"organization" text NOT NULL,
	"kind" text NOT NULL,
	"location" text,
	"remote" boolean DEFAULT false NOT NULL,
	"link" text,
	"description" text,
	"tags" text[] DEFAULT '{}' NOT NULL,
	"closes_on" date,
	"status" text DEFAULT 'open' NOT NULL,
	"approved_at" timestamp with time zone,
	"approved_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "job_listing_interests" ADD CONSTRAINT "job_listing_interests_listing_id_job_listings_id_fk" FOREIGN KEY ("listing_id") REFERENCES "public"."job_listings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_listing_interests" ADD CONSTRAINT "job_listing_interests_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_listings" ADD CONSTRAINT "job_listings_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_listings" ADD CONSTRAINT "job_listings_poster_member_id_program_members_id_fk" FOREIGN KEY ("poster_member_id") REFERENCES "public"."program_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_listings" ADD CONSTRAINT "job_listings_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "job_listing_interests_user_idx" ON "job_listing_interests" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "job_listings_program_idx" ON "job_listings" USING btree ("program_id","created_at","id");--> statement-breakpoint
CREATE INDEX "job_listings_poster_idx" ON "job_listings" USING btree ("poster_member_id");