CREATE TABLE "finds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"url" text NOT NULL,
	"topics" text[] DEFAULT '{}'::text[] NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
DROP INDEX "follow_ups_user_open_due_idx";--> statement-breakpoint
ALTER TABLE "follow_through_settings" ADD COLUMN "synced_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD COLUMN "due_date_before_snooze" date;--> statement-breakpoint
ALTER TABLE "finds" ADD CONSTRAINT "finds_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "finds_user_created_idx" ON "finds" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "follow_ups_user_open_due_idx" ON "follow_ups" USING btree ("user_id","due_date","snoozed_until") WHERE "follow_ups"."status" = 'open';