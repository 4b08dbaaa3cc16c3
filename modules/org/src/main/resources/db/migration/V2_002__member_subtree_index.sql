-- Clerks list the members of their subtree page by page. With the whole path in the index, in the order
-- the list is shown (path, then id), a deep page is a walk along the index instead of a scan of the tenant.
ALTER TABLE member DROP INDEX ix_member_org, ADD INDEX ix_member_org (tenant_id, org_path, id);
