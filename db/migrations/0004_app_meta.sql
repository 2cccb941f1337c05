CREATE TABLE `app_meta` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
-- A database seeded before this table existed is a demo when it has the demo administrator.
INSERT INTO `app_meta` (`key`, `value`) SELECT 'demo', 'true' WHERE EXISTS (SELECT 1 FROM `users` WHERE `email` = 'beheerder@example.nl');
