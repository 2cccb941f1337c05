CREATE TABLE `shortlist_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`shortlist_id` integer NOT NULL,
	`organization_id` text NOT NULL,
	`service_id` text,
	`note` text,
	`position` integer DEFAULT 0 NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`shortlist_id`) REFERENCES `shortlists`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `shortlist_items_unique` ON `shortlist_items` (`shortlist_id`,`organization_id`,`service_id`);--> statement-breakpoint
CREATE INDEX `shortlist_items_list_idx` ON `shortlist_items` (`shortlist_id`,`position`);--> statement-breakpoint
CREATE TABLE `shortlists` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`owner_user_id` integer NOT NULL,
	`title` text NOT NULL,
	`note` text,
	`share_token_hash` text,
	`share_expires_at` integer,
	`share_revoked_at` integer,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`owner_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `shortlists_share_token_hash_unique` ON `shortlists` (`share_token_hash`);--> statement-breakpoint
CREATE INDEX `shortlists_owner_idx` ON `shortlists` (`owner_user_id`,`updated_at`);