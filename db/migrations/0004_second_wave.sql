CREATE TABLE `app_meta` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `audit_log_purges` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` integer NOT NULL,
	`before_at` integer NOT NULL,
	`retention_days` integer NOT NULL,
	`deleted` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `deployments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`month` text NOT NULL,
	`district_id` text NOT NULL,
	`need_code` text NOT NULL,
	`product_code` text,
	`organization_id` text,
	`service_id` text,
	`general_facility` integer DEFAULT false NOT NULL,
	`volume` real,
	`unit` text,
	`estimated_cost_cents` integer,
	`cheapest_with_room` integer,
	`reason` text,
	`reason_text` text,
	`recorded_by_user_id` integer,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`district_id`) REFERENCES `districts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`product_code`) REFERENCES `products`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`recorded_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "deployments_month" CHECK("deployments"."month" GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
	CONSTRAINT "deployments_need" CHECK(need_code IN ('01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16', '17', '18', '40', '41', '42', '43', '44', '45', '46', '47', '48', '49', '50', '51', '52', '53', '54', '55', 'loneliness', 'debts', 'caregiver_support', 'parenting', 'daytime_activity', 'transport')),
	CONSTRAINT "deployments_unit" CHECK("deployments"."unit" IS NULL OR unit IN ('01', '04', '14', '16', '82', '83', '84')),
	CONSTRAINT "deployments_reason" CHECK("deployments"."reason" IS NULL OR reason IN ('free_choice', 'waiting_time', 'specialism', 'language', 'distance', 'continuity', 'other')),
	CONSTRAINT "deployments_cost" CHECK("deployments"."estimated_cost_cents" IS NULL OR "deployments"."estimated_cost_cents" >= 0),
	CONSTRAINT "deployments_volume" CHECK("deployments"."volume" IS NULL OR "deployments"."volume" > 0),
	CONSTRAINT "deployments_reason_text" CHECK("deployments"."reason_text" IS NULL OR length("deployments"."reason_text") BETWEEN 1 AND 200),
	CONSTRAINT "deployments_reason_needed" CHECK("deployments"."general_facility" = 1 OR "deployments"."cheapest_with_room" = 1 OR "deployments"."reason" IS NOT NULL),
	CONSTRAINT "deployments_other_text" CHECK("deployments"."reason" IS NOT 'other' OR "deployments"."reason_text" IS NOT NULL),
	CONSTRAINT "deployments_paid_has_org" CHECK("deployments"."general_facility" = 1 OR "deployments"."cheapest_with_room" IS NOT NULL)
);
--> statement-breakpoint
CREATE INDEX `deployments_month_idx` ON `deployments` (`month`,`district_id`,`need_code`);--> statement-breakpoint
CREATE TABLE `recovery_codes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`code_hash` text NOT NULL,
	`used_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `recovery_codes_user_idx` ON `recovery_codes` (`user_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `recovery_codes_hash_idx` ON `recovery_codes` (`user_id`,`code_hash`);--> statement-breakpoint
CREATE TABLE `second_factors` (
	`user_id` integer PRIMARY KEY NOT NULL,
	`secret_encrypted` text NOT NULL,
	`confirmed_at` integer,
	`last_used_step` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `unmet_needs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`month` text NOT NULL,
	`district_id` text NOT NULL,
	`need_code` text NOT NULL,
	`description` text NOT NULL,
	`alternative_product_code` text,
	`alternative_cost_cents` integer,
	`answer` text,
	`answer_reason` text,
	`answered_by_user_id` integer,
	`answered_at` integer,
	`recorded_by_user_id` integer,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`district_id`) REFERENCES `districts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`alternative_product_code`) REFERENCES `products`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`answered_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`recorded_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "unmet_needs_month" CHECK("unmet_needs"."month" GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
	CONSTRAINT "unmet_needs_need" CHECK(need_code IN ('01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16', '17', '18', '40', '41', '42', '43', '44', '45', '46', '47', '48', '49', '50', '51', '52', '53', '54', '55', 'loneliness', 'debts', 'caregiver_support', 'parenting', 'daytime_activity', 'transport')),
	CONSTRAINT "unmet_needs_description" CHECK(length(trim("unmet_needs"."description")) BETWEEN 1 AND 300),
	CONSTRAINT "unmet_needs_cost" CHECK("unmet_needs"."alternative_cost_cents" IS NULL OR "unmet_needs"."alternative_cost_cents" >= 0),
	CONSTRAINT "unmet_needs_answer" CHECK("unmet_needs"."answer" IS NULL OR answer IN ('planned', 'started', 'rejected')),
	CONSTRAINT "unmet_needs_rejected_reason" CHECK("unmet_needs"."answer" IS NOT 'rejected' OR length(trim("unmet_needs"."answer_reason")) > 0),
	CONSTRAINT "unmet_needs_answer_reason" CHECK("unmet_needs"."answer_reason" IS NULL OR length("unmet_needs"."answer_reason") <= 500)
);
--> statement-breakpoint
CREATE INDEX `unmet_needs_month_idx` ON `unmet_needs` (`month`,`district_id`,`need_code`);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`password_hash` text,
	`role` text DEFAULT 'citizen' NOT NULL,
	`organization_id` text,
	`disabled_at` integer,
	`last_login_at` integer,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "users_role" CHECK(role IN ('citizen', 'provider', 'staff', 'contract_manager', 'policy', 'admin')),
	CONSTRAINT "users_email_lower" CHECK("__new_users"."email" = lower("__new_users"."email") AND "__new_users"."email" LIKE '%_@_%'),
	CONSTRAINT "users_provider_has_org" CHECK("__new_users"."role" <> 'provider' OR "__new_users"."organization_id" IS NOT NULL)
);
--> statement-breakpoint
INSERT INTO `__new_users`("id", "email", "name", "password_hash", "role", "organization_id", "disabled_at", "last_login_at", "created_at") SELECT "id", "email", "name", "password_hash", "role", "organization_id", "disabled_at", "last_login_at", "created_at" FROM `users`;--> statement-breakpoint
DROP TABLE `users`;--> statement-breakpoint
ALTER TABLE `__new_users` RENAME TO `users`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);--> statement-breakpoint
ALTER TABLE `sessions` ADD `pending_step` text;--> statement-breakpoint
ALTER TABLE `sessions` ADD `second_factor_at` integer;--> statement-breakpoint
-- Hand-written (not from drizzle-kit): a database seeded before app_meta existed is a demo when it
-- has the demo administrator (docs/decisions/011-secure-defaults.md).
INSERT INTO `app_meta` (`key`, `value`) SELECT 'demo', 'true' WHERE EXISTS (SELECT 1 FROM `users` WHERE `email` = 'beheerder@example.nl');
--> statement-breakpoint
-- Audit-log retention (docs/operations.md, "Retention"). Purges are recorded here and can never
-- be changed or removed.
CREATE TRIGGER audit_log_purges_no_update BEFORE UPDATE ON audit_log_purges
BEGIN
  SELECT RAISE(ABORT, 'audit_log_purges is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER audit_log_purges_no_delete BEFORE DELETE ON audit_log_purges
BEGIN
  SELECT RAISE(ABORT, 'audit_log_purges is append-only');
END;
--> statement-breakpoint
-- A purge keeps at least 30 days, measured by the record's own time and by the machine's clock.
CREATE TRIGGER audit_log_purges_keep_30_days BEFORE INSERT ON audit_log_purges
WHEN NEW.retention_days < 30
  OR NEW.before_at > NEW.at - NEW.retention_days * 86400
  OR NEW.before_at > unixepoch() - 30 * 86400
BEGIN
  SELECT RAISE(ABORT, 'an audit_log purge must keep at least 30 days');
END;
--> statement-breakpoint
-- Entries stay undeletable, except those older than the latest recorded purge. UPDATE stays
-- refused by audit_log_no_update (0001).
DROP TRIGGER audit_log_no_delete;
--> statement-breakpoint
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
WHEN coalesce(OLD.at >= (SELECT max(before_at) FROM audit_log_purges), 1)
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
