DROP INDEX "follow_ups_user_open_due_idx";--> statement-breakpoint
ALTER TABLE "follow_through_settings" ADD COLUMN "synced_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD COLUMN "due_date_before_snooze" date;--> statement-breakpoint
CREATE INDEX "follow_ups_user_open_due_idx" ON "follow_ups" USING btree ("user_id","due_date","snoozed_until") WHERE "follow_ups"."status" = 'open';