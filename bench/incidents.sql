-- bench/export.sh's data: :rows disciplinary cases generated in PostgreSQL, as the case screens would have left them,
-- for the auditor-export benchmark. Run by psql with -v rows=N -v pdf_unit='…' -v pdf_every=K; never by Flyway.
--
-- Deterministic (no random(): every choice is a hash of the case number and a salt) and spread as a real register:
-- received 2024-01-01 to 2026-11-30 (Malaysian time) in id order, 940 a day at 1,000,000; recent cases still open,
-- old ones mostly closed, NO_CASE or WITHDRAWN; a category for 95 %; one provision in force, or two (35 %); the
-- decision's punishments for cases decided and not acquitted (an appeal board's lighter one beside it for LIGHTEN);
-- the officer snapshot copied from a registry officer at random. Every :pdf_every-th case has the snapshot org unit
-- :pdf_unit (a unit of which no officer is a member any more, so it selects exactly those), for the PDF export.

\set ON_ERROR_STOP on

-- u(g, salt): a uniform number in [0, 1) drawn from case g; h(g, salt): a non-negative integer.
CREATE FUNCTION pg_temp.h(g BIGINT, salt INT) RETURNS BIGINT IMMUTABLE LANGUAGE sql
    AS $$ SELECT hashint8(g * 64 + salt)::BIGINT & 2147483647 $$;
CREATE FUNCTION pg_temp.u(g BIGINT, salt INT) RETURNS FLOAT8 IMMUTABLE LANGUAGE sql
    AS $$ SELECT (hashint8(g * 64 + salt)::BIGINT & 2147483647) / 2147483648.0 $$;

CREATE TEMP TABLE bench_officer AS
    SELECT row_number() OVER (ORDER BY id) AS n, id, login, full_name, employee_number, grade, grade_system,
           service_scheme, service_group, position_title, org_unit, duty_station_state
    FROM officer;
CREATE TEMP TABLE bench_category AS
    SELECT row_number() OVER (ORDER BY id) AS n, id FROM misconduct_category WHERE effective_to IS NULL;
CREATE TEMP TABLE bench_provision AS
    SELECT row_number() OVER (ORDER BY id) AS n, id FROM regulation_provision WHERE effective_to IS NULL;
SELECT (SELECT count(*) FROM bench_officer) AS officers, (SELECT count(*) FROM bench_category) AS categories,
       (SELECT count(*) FROM bench_provision) AS provisions, (SELECT count(*) > 0 FROM bench_officer) AS any_officer
\gset
\if :any_officer
\else
    \warn 'no officers in the registry: run a directory sync first'
    SELECT 1 / 0;
\endif

-- The cases. Dates: day = the Malaysian day received; age = days from then to 2026-12-03; a case's later dates
-- are fractions of its age, so that none is in the future.
INSERT INTO incident (id, reference, status, track, source, officer_id, officer_login, officer_name,
    officer_employee_number, officer_grade, officer_grade_system, officer_service_scheme, officer_service_group,
    officer_position, officer_org_unit, officer_duty_station_state, platform, url, act_type, occurred_at,
    in_office_hours, summary, category_id, received_at, received_by, status_since_on, status_changed_at,
    status_changed_by, last_changed_at, charge_text, decided_on, decision_summary, acquitted, notified_on,
    appeal_outcome, appeal_decided_on, closing_reason, version)
SELECT g, 'TT-' || extract(YEAR FROM day) || '-' || lpad(g::TEXT, greatest(6, length(g::TEXT)), '0'), status,
    track, source, o.id, o.login,
    o.full_name, o.employee_number, o.grade, o.grade_system, o.service_scheme, o.service_group, o.position_title,
    CASE WHEN g % :pdf_every = 0 THEN :'pdf_unit' ELSE o.org_unit END, o.duty_station_state,
    platform, CASE WHEN act_type = 'MESSAGE' THEN NULL
                   ELSE 'https://www.' || platform || '.com/p/' || to_hex(pg_temp.h(g, 20)) END,
    act_type, received_at - (1 + 20 * pg_temp.u(g, 21)) * INTERVAL '1 day', pg_temp.u(g, 22) < 0.3,
    (ARRAY[
        'Aduan awam: hantaran di ' || platform || ' yang didakwa menyentuh sensitiviti kaum, dikongsi semula '
            || (10 + pg_temp.h(g, 23) % 500) || ' kali.',
        'Pemantauan media sosial mendapati komen yang menghina rakan sekerja di ' || platform || '.',
        'Rujukan polis: dokumen terperingkat dimuat naik ke ' || platform || ', kemudian dipadam oleh pegawai.',
        'Pegawai didakwa membuat "pernyataan awam" mengenai dasar Kerajaan tanpa kebenaran di ' || platform || '.',
        'Akaun peribadi menggunakan alamat e-mel rasmi; kata laluan rasmi dikongsi dengan pihak ketiga.',
        'Aduan rakan sekerja: video dalam waktu pejabat, dimuat naik ke ' || platform || ', memburukkan nama jabatan.'
    ])[1 + pg_temp.h(g, 24) % 6],
    CASE WHEN pg_temp.u(g, 25) < 0.95 THEN c.id END,
    received_at, 'demo.integriti', since_on, since_on + TIME '02:00', 'demo.integriti', since_on + TIME '02:00',
    CASE WHEN track IS NOT NULL AND status NOT IN ('TRACK_DETERMINED', 'WITHDRAWN')
         THEN 'Bahawa kamu, semasa berkhidmat sebagai ' || coalesce(o.position_title, 'pegawai')
              || ', telah memuat naik kandungan yang memburukkan nama perkhidmatan awam.' END,
    decided_on,
    CASE WHEN decided_on IS NOT NULL THEN 'Keputusan pihak berkuasa tatatertib selepas menimbang representasi.' END,
    CASE WHEN decided_on IS NOT NULL THEN acquitted END,
    CASE WHEN decided_on IS NOT NULL AND NOT acquitted AND status NOT IN ('DECIDED') THEN decided_on + 7 END,
    appeal_outcome, CASE WHEN appeal_outcome IS NOT NULL THEN decided_on + (age - (decided_on - day)) / 2 END,
    CASE status WHEN 'CLOSED' THEN 'Kes selesai.' WHEN 'NO_CASE' THEN 'Tiada kes prima facie.'
                WHEN 'WITHDRAWN' THEN 'Aduan ditarik balik.' END,
    0
FROM (
    SELECT *, CASE WHEN status IN ('DECIDED', 'NOTIFIED', 'APPEAL_WINDOW', 'APPEALED', 'APPEAL_DECIDED', 'CLOSED')
                   THEN day + (age * (0.5 + 0.3 * pg_temp.u(g, 30)))::INT END AS decided_on,
              -- an acquittal is closed at once (DECIDED → CLOSED); only those two statuses may be acquittals
              status IN ('DECIDED', 'CLOSED') AND pg_temp.u(g, 31) < 0.2 AS acquitted,
              day + (age * (0.82 + 0.15 * pg_temp.u(g, 32)))::INT AS since_on,
              CASE WHEN status IN ('RECEIVED', 'PRELIMINARY_INVESTIGATION', 'HOD_REPORTED', 'NO_CASE') THEN NULL
                   WHEN status = 'WITHDRAWN' AND pg_temp.u(g, 33) < 0.6 THEN NULL
                   WHEN pg_temp.u(g, 34) < 0.75 THEN 'REG36_LESSER' ELSE 'REG37_DISMISSAL' END AS track,
              -- an acquitted case has no appeal: a CLOSED one appealed (12 %) was punished
              CASE WHEN status = 'APPEAL_DECIDED'
                        OR status = 'CLOSED' AND pg_temp.u(g, 31) >= 0.2 AND pg_temp.u(g, 35) < 0.12 THEN
                       CASE WHEN pg_temp.u(g, 36) < 0.5 THEN 'CONFIRM' WHEN pg_temp.u(g, 36) < 0.8 THEN 'LIGHTEN'
                            ELSE 'REVERSE' END END AS appeal_outcome
    FROM (
        SELECT *, CASE
                WHEN age < 60 THEN CASE WHEN p < 0.35 THEN 'RECEIVED' WHEN p < 0.75 THEN 'PRELIMINARY_INVESTIGATION'
                    WHEN p < 0.85 THEN 'HOD_REPORTED' WHEN p < 0.95 THEN 'NO_CASE' ELSE 'WITHDRAWN' END
                WHEN age < 240 THEN CASE WHEN p < 0.10 THEN 'PRELIMINARY_INVESTIGATION'
                    WHEN p < 0.18 THEN 'HOD_REPORTED'
                    WHEN p < 0.26 THEN 'TRACK_DETERMINED' WHEN p < 0.36 THEN 'CHARGED'
                    WHEN p < 0.46 THEN 'AWAITING_REPRESENTATION' WHEN p < 0.56 THEN 'DELIBERATION'
                    WHEN p < 0.60 THEN 'DECIDED' WHEN p < 0.64 THEN 'NOTIFIED' WHEN p < 0.70 THEN 'APPEAL_WINDOW'
                    WHEN p < 0.90 THEN 'NO_CASE' WHEN p < 0.95 THEN 'WITHDRAWN' ELSE 'CLOSED' END
                ELSE CASE WHEN p < 0.62 THEN 'CLOSED' WHEN p < 0.84 THEN 'NO_CASE' WHEN p < 0.90 THEN 'WITHDRAWN'
                    WHEN p < 0.93 THEN 'APPEALED' WHEN p < 0.96 THEN 'APPEAL_DECIDED'
                    WHEN p < 0.98 THEN 'DELIBERATION'
                    ELSE 'CHARGED' END
            END AS status
        FROM (
            SELECT *, (received_at + INTERVAL '8 hours')::DATE AS day,
                   DATE '2026-12-03' - (received_at + INTERVAL '8 hours')::DATE AS age
            FROM (
                SELECT g, pg_temp.u(g, 1) AS p,
                       -- evenly over the period in id order, at a time of day between 08:00 and 18:00 in Malaysia
                       TIMESTAMP '2024-01-01 00:00' + ((g - 1) * 1065 / :rows) * INTERVAL '1 day'
                           + (10 * pg_temp.u(g, 2)) * INTERVAL '1 hour' AS received_at,
                       (ARRAY['facebook', 'facebook', 'facebook', 'tiktok', 'tiktok', 'x', 'x', 'instagram',
                              'whatsapp', 'youtube', 'telegram', 'threads', 'linkedin'])[1 + pg_temp.h(g, 3) % 13]
                           AS platform,
                       (ARRAY['POST', 'POST', 'POST', 'SHARE', 'SHARE', 'COMMENT', 'COMMENT', 'MESSAGE', 'OTHER'])
                           [1 + pg_temp.h(g, 4) % 9] AS act_type,
                       (ARRAY['COMPLAINT', 'COMPLAINT', 'COMPLAINT', 'COMPLAINT', 'MONITORING', 'MONITORING',
                              'MONITORING', 'POLICE_REFERRAL', 'MACC_REFERRAL'])[1 + pg_temp.h(g, 5) % 9] AS source,
                       1 + pg_temp.h(g, 6) % :officers AS officer_n,
                       1 + pg_temp.h(g, 7) % :categories AS category_n
                FROM generate_series(1, :rows) AS g
            ) raw
        ) dated
        OFFSET 0 -- each row's status computed once, not at every use
    ) statused
    OFFSET 0
) s
JOIN bench_officer o ON o.n = s.officer_n
JOIN bench_category c ON c.n = s.category_n;

SELECT setval(pg_get_serial_sequence('incident', 'id'), :rows) \gset

-- One provision per case, a second one for 35 %; stored in case order, as cases and their provisions are written.
INSERT INTO incident_provision (incident_id, provision_id)
SELECT g, p.id
FROM generate_series(1, :rows) AS g
CROSS JOIN LATERAL (VALUES (1 + pg_temp.h(g, 40) % :provisions),
    (CASE WHEN pg_temp.u(g, 42) < 0.35
          THEN 1 + (pg_temp.h(g, 40) + 1 + pg_temp.h(g, 41) % (:provisions - 1)) % :provisions END)) AS pick (n)
JOIN bench_provision p ON p.n = pick.n
ORDER BY g;

-- The decision's punishments of the cases decided and not acquitted (Reg 36 track: the lesser ones, a warning
-- beside a fine or forfeiture for 30 %; Reg 37: the severe ones), and the lighter one of an appeal that lightened;
-- stored in case order.
INSERT INTO incident_punishment (incident_id, stage, kind, amount, days, months, movements)
SELECT * FROM (
    SELECT id, 'DECISION', kind,
        CASE kind WHEN 'FINE' THEN 50 + pg_temp.h(id, 50) % 20 * 25 END,
        CASE kind WHEN 'FINE' THEN 1 + pg_temp.h(id, 51) % 7
                  WHEN 'FORFEITURE_OF_EMOLUMENTS' THEN 1 + pg_temp.h(id, 51) % 15 END,
        CASE kind WHEN 'DEFERMENT_OF_SALARY_MOVEMENT' THEN 3 * (1 + pg_temp.h(id, 52) % 4) END,
        CASE kind WHEN 'REDUCTION_OF_SALARY' THEN 1 + pg_temp.h(id, 53) % 3 END
    FROM (
        SELECT id, CASE WHEN track = 'REG37_DISMISSAL'
                        THEN (ARRAY['REDUCTION_OF_SALARY', 'REDUCTION_IN_RANK', 'DISMISSAL'])
                             [1 + pg_temp.h(id, 54) % 3]
                        ELSE (ARRAY['WARNING', 'FINE', 'FINE', 'FORFEITURE_OF_EMOLUMENTS',
                                    'DEFERMENT_OF_SALARY_MOVEMENT'])[1 + pg_temp.h(id, 54) % 5] END AS kind
        FROM incident WHERE decided_on IS NOT NULL AND NOT acquitted
    ) decided
    UNION ALL
    SELECT id, 'DECISION', 'WARNING', NULL, NULL, NULL, NULL FROM incident
    WHERE decided_on IS NOT NULL AND NOT acquitted AND track = 'REG36_LESSER' AND pg_temp.h(id, 54) % 5 IN (1, 2, 3)
        AND pg_temp.u(id, 55) < 0.3
    UNION ALL
    SELECT id, 'APPEAL', 'WARNING', NULL, NULL, NULL, NULL FROM incident WHERE appeal_outcome = 'LIGHTEN'
) punishments (incident_id, stage, kind, amount, days, months, movements)
ORDER BY incident_id;

-- Up to date statistics and visibility map, as autovacuum would have left a register this old (autovacuum is off on
-- this machine), and no checkpoint of the load left to run during the timed exports.
VACUUM ANALYZE incident;
VACUUM ANALYZE incident_provision;
VACUUM ANALYZE incident_punishment;
VACUUM ANALYZE officer;
CHECKPOINT;
