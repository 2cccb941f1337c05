ALTER TABLE `locations` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `reviews` ADD `submitted_ip_hash` text;--> statement-breakpoint
CREATE INDEX `reviews_ip_created_idx` ON `reviews` (`submitted_ip_hash`,`created_at`);