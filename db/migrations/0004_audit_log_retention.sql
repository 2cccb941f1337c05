CREATE TABLE `audit_log_purges` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` integer NOT NULL,
	`before_at` integer NOT NULL,
	`retention_days` integer NOT NULL,
	`deleted` integer DEFAULT 0 NOT NULL
);
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
