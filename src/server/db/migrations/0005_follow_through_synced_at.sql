ALTER TABLE "follow_through_settings" ADD COLUMN "synced_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD COLUMN "due_date_before_snooze" date;