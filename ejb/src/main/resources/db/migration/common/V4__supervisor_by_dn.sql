-- The supervisor is the active officer at the DN the directory's `manager` names, found when read through the
-- index on dn_normalized, no longer a stored link. A stored link had to be written after each import for every
-- officer whose supervisor came later in the directory's order (half of them in a DN-ordered directory), which
-- rewrote each such row and its indexes and checked a self-referencing foreign key on every insert; and after a
-- supervisor's rename it was only as right as the directory's own `manager` values, which a read follows anyway.
ALTER TABLE officer DROP CONSTRAINT fk_officer_supervisor;
DROP INDEX ix_officer_supervisor;
ALTER TABLE officer DROP COLUMN supervisor_id;
