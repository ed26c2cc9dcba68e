-- Other databases: the plain indexes serve prefix searches (H2 uses them for LIKE 'abc%').
CREATE INDEX ix_officer_email ON officer (official_email);
