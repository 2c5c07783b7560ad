DROP INDEX "contacts_user_last_idx";--> statement-breakpoint
CREATE INDEX "contacts_user_last_idx" ON "contacts" USING btree ("user_id","last_interaction_at" NULLS FIRST,"id");