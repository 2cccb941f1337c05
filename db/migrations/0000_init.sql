CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` integer DEFAULT (unixepoch()) NOT NULL,
	`user_id` integer,
	`actor` text NOT NULL,
	`ip` text,
	`action` text NOT NULL,
	`entity_type` text NOT NULL,
	`entity_id` text,
	`field` text,
	`old_value` text,
	`new_value` text,
	`result` text DEFAULT 'success' NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "audit_log_result" CHECK(result IN ('success', 'failure'))
);
--> statement-breakpoint
CREATE INDEX `audit_log_entity_idx` ON `audit_log` (`entity_type`,`entity_id`);--> statement-breakpoint
CREATE INDEX `audit_log_user_idx` ON `audit_log` (`user_id`);--> statement-breakpoint
CREATE INDEX `audit_log_at_idx` ON `audit_log` (`at`);--> statement-breakpoint
CREATE TABLE `budget_ceilings` (
	`id` text PRIMARY KEY NOT NULL,
	`organization_id` text NOT NULL,
	`year` integer NOT NULL,
	`ceiling_cents` integer NOT NULL,
	`committed_cents` integer DEFAULT 0 NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`updated_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "budget_ceilings_ceiling_non_negative" CHECK("budget_ceilings"."ceiling_cents" >= 0),
	CONSTRAINT "budget_ceilings_committed_non_negative" CHECK("budget_ceilings"."committed_cents" >= 0),
	CONSTRAINT "budget_ceilings_year" CHECK("budget_ceilings"."year" BETWEEN 2015 AND 2100)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `budget_ceilings_org_year` ON `budget_ceilings` (`organization_id`,`year`);--> statement-breakpoint
CREATE TABLE `change_requests` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`organization_id` text NOT NULL,
	`service_id` text,
	`proposer_user_id` integer,
	`proposer_email` text,
	`changes` text DEFAULT '{}' NOT NULL,
	`message` text,
	`status` text DEFAULT 'pending' NOT NULL,
	`decided_by_user_id` integer,
	`decided_at` integer,
	`decision_reason` text,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`proposer_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`decided_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "change_requests_kind" CHECK(kind IN ('provider_update', 'error_report')),
	CONSTRAINT "change_requests_status" CHECK(status IN ('pending', 'approved', 'rejected')),
	CONSTRAINT "change_requests_changes_json" CHECK(json_valid("change_requests"."changes"))
);
--> statement-breakpoint
CREATE INDEX `change_requests_status_idx` ON `change_requests` (`status`,`created_at`);--> statement-breakpoint
CREATE TABLE `contracts` (
	`id` text PRIMARY KEY NOT NULL,
	`organization_id` text NOT NULL,
	`product_code` text NOT NULL,
	`lot` text,
	`tariff_cents` integer NOT NULL,
	`unit` text NOT NULL,
	`valid_from` text NOT NULL,
	`valid_to` text,
	`archived_at` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`product_code`) REFERENCES `products`(`code`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "contracts_tariff_non_negative" CHECK("contracts"."tariff_cents" >= 0),
	CONSTRAINT "contracts_unit" CHECK(unit IN ('01', '04', '14', '16', '82', '83', '84')),
	CONSTRAINT "contracts_valid_from" CHECK("contracts"."valid_from" GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
	CONSTRAINT "contracts_valid_to" CHECK("contracts"."valid_to" IS NULL OR ("contracts"."valid_to" GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' AND "contracts"."valid_to" >= "contracts"."valid_from"))
);
--> statement-breakpoint
CREATE INDEX `contracts_org_idx` ON `contracts` (`organization_id`);--> statement-breakpoint
CREATE INDEX `contracts_product_idx` ON `contracts` (`product_code`,`valid_from`);--> statement-breakpoint
CREATE TABLE `districts` (
	`id` text PRIMARY KEY NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`city` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `districts_slug_unique` ON `districts` (`slug`);--> statement-breakpoint
CREATE TABLE `locations` (
	`id` text PRIMARY KEY NOT NULL,
	`organization_id` text NOT NULL,
	`name` text NOT NULL,
	`address_1` text NOT NULL,
	`postal_code` text NOT NULL,
	`city` text NOT NULL,
	`district_id` text,
	`latitude` real,
	`longitude` real,
	`wheelchair_accessible` integer DEFAULT false NOT NULL,
	`hearing_loop` integer DEFAULT false NOT NULL,
	`accessible_toilet` integer DEFAULT false NOT NULL,
	`accessibility_note` text,
	`transportation` text,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`district_id`) REFERENCES `districts`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "locations_postal_code" CHECK("locations"."postal_code" GLOB '[1-9][0-9][0-9][0-9] [A-Z][A-Z]' AND substr("locations"."postal_code", 6, 2) NOT IN ('SA', 'SD', 'SS')),
	CONSTRAINT "locations_latitude" CHECK("locations"."latitude" IS NULL OR "locations"."latitude" BETWEEN -90 AND 90),
	CONSTRAINT "locations_longitude" CHECK("locations"."longitude" IS NULL OR "locations"."longitude" BETWEEN -180 AND 180)
);
--> statement-breakpoint
CREATE INDEX `locations_org_idx` ON `locations` (`organization_id`);--> statement-breakpoint
CREATE INDEX `locations_district_idx` ON `locations` (`district_id`);--> statement-breakpoint
CREATE INDEX `locations_postcode_idx` ON `locations` (`postal_code`);--> statement-breakpoint
CREATE TABLE `national_procurements` (
	`id` text PRIMARY KEY NOT NULL,
	`category_code` text NOT NULL,
	`product_code` text,
	`organization_id` text NOT NULL,
	`note` text,
	`valid_from` text NOT NULL,
	`valid_to` text,
	FOREIGN KEY (`category_code`) REFERENCES `product_categories`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`product_code`) REFERENCES `products`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "national_procurements_valid" CHECK("national_procurements"."valid_to" IS NULL OR "national_procurements"."valid_to" >= "national_procurements"."valid_from")
);
--> statement-breakpoint
CREATE INDEX `national_procurements_category_idx` ON `national_procurements` (`category_code`);--> statement-breakpoint
CREATE INDEX `national_procurements_product_idx` ON `national_procurements` (`product_code`);--> statement-breakpoint
CREATE TABLE `organization_identifiers` (
	`id` text PRIMARY KEY NOT NULL,
	`organization_id` text NOT NULL,
	`scheme` text NOT NULL,
	`identifier` text NOT NULL,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "organization_identifiers_scheme" CHECK(scheme IN ('kvk', 'agb')),
	CONSTRAINT "organization_identifiers_8_digits" CHECK("organization_identifiers"."identifier" GLOB '[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]')
);
--> statement-breakpoint
CREATE UNIQUE INDEX `organization_identifiers_org_scheme` ON `organization_identifiers` (`organization_id`,`scheme`);--> statement-breakpoint
CREATE INDEX `organization_identifiers_lookup` ON `organization_identifiers` (`scheme`,`identifier`);--> statement-breakpoint
CREATE TABLE `organizations` (
	`id` text PRIMARY KEY NOT NULL,
	`external_id` text,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`alternate_name` text,
	`description` text DEFAULT '' NOT NULL,
	`website` text,
	`email` text,
	`phone` text,
	`logo_url` text,
	`status` text DEFAULT 'active' NOT NULL,
	`assured_date` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch()) NOT NULL,
	CONSTRAINT "organizations_status" CHECK(status IN ('active', 'archived')),
	CONSTRAINT "organizations_name" CHECK(length(trim("organizations"."name")) > 0),
	CONSTRAINT "organizations_assured_date" CHECK("organizations"."assured_date" IS NULL OR "organizations"."assured_date" GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')
);
--> statement-breakpoint
CREATE UNIQUE INDEX `organizations_external_id_unique` ON `organizations` (`external_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `organizations_slug_unique` ON `organizations` (`slug`);--> statement-breakpoint
CREATE INDEX `organizations_name_idx` ON `organizations` (`name`);--> statement-breakpoint
CREATE INDEX `organizations_updated_idx` ON `organizations` (`updated_at`);--> statement-breakpoint
CREATE TABLE `postcode_centroids` (
	`pc4` text PRIMARY KEY NOT NULL,
	`latitude` real NOT NULL,
	`longitude` real NOT NULL,
	`city` text,
	CONSTRAINT "postcode_centroids_pc4" CHECK("postcode_centroids"."pc4" GLOB '[1-9][0-9][0-9][0-9]')
);
--> statement-breakpoint
CREATE TABLE `product_categories` (
	`code` text PRIMARY KEY NOT NULL,
	`law` text NOT NULL,
	`name_nl` text NOT NULL,
	`name_en` text NOT NULL,
	CONSTRAINT "product_categories_law" CHECK(law IN ('wmo', 'jeugdwet', 'participatiewet', 'none')),
	CONSTRAINT "product_categories_code" CHECK(length("product_categories"."code") = 2)
);
--> statement-breakpoint
CREATE TABLE `products` (
	`code` text PRIMARY KEY NOT NULL,
	`category_code` text NOT NULL,
	`name_nl` text NOT NULL,
	`name_en` text NOT NULL,
	FOREIGN KEY (`category_code`) REFERENCES `product_categories`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `products_category_idx` ON `products` (`category_code`);--> statement-breakpoint
CREATE TABLE `review_invitations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code_hash` text NOT NULL,
	`organization_id` text NOT NULL,
	`created_by_user_id` integer,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	`expires_at` integer NOT NULL,
	`used_at` integer,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `review_invitations_code_hash_unique` ON `review_invitations` (`code_hash`);--> statement-breakpoint
CREATE INDEX `review_invitations_org_idx` ON `review_invitations` (`organization_id`);--> statement-breakpoint
CREATE TABLE `review_replies` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`review_id` integer NOT NULL,
	`user_id` integer,
	`body` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`review_id`) REFERENCES `reviews`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "review_replies_body" CHECK(length(trim("review_replies"."body")) > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `review_replies_review_id_unique` ON `review_replies` (`review_id`);--> statement-breakpoint
CREATE TABLE `review_reports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`review_id` integer NOT NULL,
	`reporter_user_id` integer,
	`reason` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	`resolved_at` integer,
	FOREIGN KEY (`review_id`) REFERENCES `reviews`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`reporter_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `review_reports_review_idx` ON `review_reports` (`review_id`);--> statement-breakpoint
CREATE INDEX `review_reports_open_idx` ON `review_reports` (`resolved_at`);--> statement-breakpoint
CREATE TABLE `reviews` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organization_id` text NOT NULL,
	`service_id` text,
	`user_id` integer,
	`invitation_id` integer,
	`author_name` text NOT NULL,
	`overall` integer NOT NULL,
	`mark_treatment` integer,
	`mark_expertise` integer,
	`mark_appointments` integer,
	`mark_reachability` integer,
	`mark_say` integer,
	`mark_result` integer,
	`would_recommend` integer NOT NULL,
	`body` text NOT NULL,
	`experience_month` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`verified` integer DEFAULT false NOT NULL,
	`moderation_reason` text,
	`moderated_by_user_id` integer,
	`moderated_at` integer,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`invitation_id`) REFERENCES `review_invitations`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`moderated_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "reviews_overall" CHECK("reviews"."overall" BETWEEN 1 AND 10),
	CONSTRAINT "reviews_mark_treatment" CHECK("reviews"."mark_treatment" IS NULL OR "reviews"."mark_treatment" BETWEEN 1 AND 10),
	CONSTRAINT "reviews_mark_expertise" CHECK("reviews"."mark_expertise" IS NULL OR "reviews"."mark_expertise" BETWEEN 1 AND 10),
	CONSTRAINT "reviews_mark_appointments" CHECK("reviews"."mark_appointments" IS NULL OR "reviews"."mark_appointments" BETWEEN 1 AND 10),
	CONSTRAINT "reviews_mark_reachability" CHECK("reviews"."mark_reachability" IS NULL OR "reviews"."mark_reachability" BETWEEN 1 AND 10),
	CONSTRAINT "reviews_mark_say" CHECK("reviews"."mark_say" IS NULL OR "reviews"."mark_say" BETWEEN 1 AND 10),
	CONSTRAINT "reviews_mark_result" CHECK("reviews"."mark_result" IS NULL OR "reviews"."mark_result" BETWEEN 1 AND 10),
	CONSTRAINT "reviews_status" CHECK(status IN ('pending', 'published', 'rejected', 'withdrawn')),
	CONSTRAINT "reviews_experience_month" CHECK("reviews"."experience_month" GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
	CONSTRAINT "reviews_body" CHECK(length("reviews"."body") BETWEEN 1 AND 5000)
);
--> statement-breakpoint
CREATE INDEX `reviews_org_status_created_idx` ON `reviews` (`organization_id`,`status`,`created_at`);--> statement-breakpoint
CREATE INDEX `reviews_status_created_idx` ON `reviews` (`status`,`created_at`);--> statement-breakpoint
CREATE INDEX `reviews_user_idx` ON `reviews` (`user_id`);--> statement-breakpoint
CREATE TABLE `schedules` (
	`id` text PRIMARY KEY NOT NULL,
	`service_id` text,
	`location_id` text,
	`weekday` integer NOT NULL,
	`opens_at` text NOT NULL,
	`closes_at` text NOT NULL,
	`note` text,
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`location_id`) REFERENCES `locations`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "schedules_owner" CHECK("schedules"."service_id" IS NOT NULL OR "schedules"."location_id" IS NOT NULL),
	CONSTRAINT "schedules_weekday" CHECK("schedules"."weekday" BETWEEN 1 AND 7),
	CONSTRAINT "schedules_opens" CHECK("schedules"."opens_at" GLOB '[0-2][0-9]:[0-5][0-9]' AND "schedules"."opens_at" < '24:00'),
	CONSTRAINT "schedules_closes" CHECK("schedules"."closes_at" GLOB '[0-2][0-9]:[0-5][0-9]' AND "schedules"."closes_at" <= '24:00'),
	CONSTRAINT "schedules_not_empty" CHECK("schedules"."opens_at" <> "schedules"."closes_at")
);
--> statement-breakpoint
CREATE INDEX `schedules_service_idx` ON `schedules` (`service_id`);--> statement-breakpoint
CREATE INDEX `schedules_location_idx` ON `schedules` (`location_id`);--> statement-breakpoint
CREATE TABLE `service_at_locations` (
	`id` text PRIMARY KEY NOT NULL,
	`service_id` text NOT NULL,
	`location_id` text NOT NULL,
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`location_id`) REFERENCES `locations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `service_at_locations_pair` ON `service_at_locations` (`service_id`,`location_id`);--> statement-breakpoint
CREATE INDEX `service_at_locations_location_idx` ON `service_at_locations` (`location_id`);--> statement-breakpoint
CREATE TABLE `service_languages` (
	`service_id` text NOT NULL,
	`code` text NOT NULL,
	PRIMARY KEY(`service_id`, `code`),
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `service_languages_code_idx` ON `service_languages` (`code`);--> statement-breakpoint
CREATE TABLE `services` (
	`id` text PRIMARY KEY NOT NULL,
	`external_id` text,
	`organization_id` text NOT NULL,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`kind` text NOT NULL,
	`law` text NOT NULL,
	`category_code` text,
	`product_code` text,
	`target_group` text,
	`minimum_age` integer,
	`maximum_age` integer,
	`waiting_weeks` integer,
	`waiting_reported_on` text,
	`accepting_new_clients` integer DEFAULT true NOT NULL,
	`application_process` text,
	`url` text,
	`email` text,
	`phone` text,
	`status` text DEFAULT 'active' NOT NULL,
	`assured_date` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`category_code`) REFERENCES `product_categories`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`product_code`) REFERENCES `products`(`code`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "services_kind" CHECK(kind IN ('general', 'contracted', 'national')),
	CONSTRAINT "services_law" CHECK(law IN ('wmo', 'jeugdwet', 'participatiewet', 'none')),
	CONSTRAINT "services_status" CHECK(status IN ('active', 'temporarily_closed', 'inactive')),
	CONSTRAINT "services_name" CHECK(length(trim("services"."name")) > 0),
	CONSTRAINT "services_ages" CHECK(("services"."minimum_age" IS NULL OR "services"."minimum_age" BETWEEN 0 AND 120) AND ("services"."maximum_age" IS NULL OR "services"."maximum_age" BETWEEN 0 AND 120) AND ("services"."minimum_age" IS NULL OR "services"."maximum_age" IS NULL OR "services"."minimum_age" <= "services"."maximum_age")),
	CONSTRAINT "services_waiting" CHECK("services"."waiting_weeks" IS NULL OR "services"."waiting_weeks" BETWEEN 0 AND 520),
	CONSTRAINT "services_waiting_reported" CHECK("services"."waiting_reported_on" IS NULL OR "services"."waiting_reported_on" GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
	CONSTRAINT "services_assured_date" CHECK("services"."assured_date" IS NULL OR "services"."assured_date" GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
	CONSTRAINT "services_category_required" CHECK("services"."kind" = 'general' OR "services"."category_code" IS NOT NULL)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `services_external_id_unique` ON `services` (`external_id`);--> statement-breakpoint
CREATE INDEX `services_org_idx` ON `services` (`organization_id`);--> statement-breakpoint
CREATE INDEX `services_category_idx` ON `services` (`category_code`);--> statement-breakpoint
CREATE INDEX `services_product_idx` ON `services` (`product_code`);--> statement-breakpoint
CREATE INDEX `services_kind_status_idx` ON `services` (`kind`,`status`);--> statement-breakpoint
CREATE INDEX `services_updated_idx` ON `services` (`updated_at`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	`last_seen_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`ip` text,
	`user_agent` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sessions_user_idx` ON `sessions` (`user_id`);--> statement-breakpoint
CREATE INDEX `sessions_expires_idx` ON `sessions` (`expires_at`);--> statement-breakpoint
CREATE TABLE `staff_findings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organization_id` text NOT NULL,
	`user_id` integer,
	`author_name` text NOT NULL,
	`mark_cooperation` integer NOT NULL,
	`mark_client_result` integer NOT NULL,
	`mark_reporting` integer NOT NULL,
	`mark_value_for_money` integer NOT NULL,
	`body` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "staff_findings_cooperation" CHECK("staff_findings"."mark_cooperation" IS NULL OR "staff_findings"."mark_cooperation" BETWEEN 1 AND 10),
	CONSTRAINT "staff_findings_client_result" CHECK("staff_findings"."mark_client_result" IS NULL OR "staff_findings"."mark_client_result" BETWEEN 1 AND 10),
	CONSTRAINT "staff_findings_reporting" CHECK("staff_findings"."mark_reporting" IS NULL OR "staff_findings"."mark_reporting" BETWEEN 1 AND 10),
	CONSTRAINT "staff_findings_value" CHECK("staff_findings"."mark_value_for_money" IS NULL OR "staff_findings"."mark_value_for_money" BETWEEN 1 AND 10)
);
--> statement-breakpoint
CREATE INDEX `staff_findings_org_idx` ON `staff_findings` (`organization_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `users` (
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
	CONSTRAINT "users_role" CHECK(role IN ('citizen', 'provider', 'staff', 'contract_manager', 'admin')),
	CONSTRAINT "users_email_lower" CHECK("users"."email" = lower("users"."email") AND "users"."email" LIKE '%_@_%'),
	CONSTRAINT "users_provider_has_org" CHECK("users"."role" <> 'provider' OR "users"."organization_id" IS NOT NULL)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);