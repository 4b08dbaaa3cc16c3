-- Enrolment lists' files move to the shared job_file table (tenancy), which settlement files use too.
INSERT INTO job_file (tenant_id, job_kind, job_id, piece, content, version)
  SELECT tenant_id, 'enrolment-import', import_id, piece, content, version FROM enrolment_import_file;
DROP TABLE enrolment_import_file;
