-- PostgreSQL only: a btree index serves LIKE 'abc%' only with the pattern operator class when the database
-- collation is not C. The officers table searches by name, login, employee number and e-mail prefixes.
CREATE INDEX ix_officer_name_prefix ON officer (name_search text_pattern_ops);
CREATE INDEX ix_officer_login_prefix ON officer (login text_pattern_ops);
CREATE INDEX ix_officer_employee_number_prefix ON officer (employee_number text_pattern_ops);
CREATE INDEX ix_officer_email_prefix ON officer (official_email text_pattern_ops);
