-- A list row of the outbox (channel 'LIST') stands for one notice to each member whose id it packs in member_ids:
-- an enrolment list of a million members queues a row per chunk and plan instead of a row per member, and the
-- module that queued it builds the notices when they are sent (NoticeList). A NULL column added last: instant in
-- MariaDB 10.3+ and MySQL 8, whatever the outbox holds.
ALTER TABLE notice_outbox ADD COLUMN member_ids MEDIUMBLOB NULL;
