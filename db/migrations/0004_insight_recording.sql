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
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);