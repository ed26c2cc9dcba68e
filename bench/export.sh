#!/usr/bin/env bash
# Etika auditor-export benchmark (issue 7): ROWS incidents exported to CSV, XLSX, masked CSV, and 10,000 to PDF.
#
#   bench/export.sh [ROWS]            (default 1000000; a first try: 100000)
#
# What it does, end to end (see bench/README.md, "Auditor exports", for the figures and how to read them):
#   1. builds Etika and this benchmark unless BENCH_SKIP_BUILD=1; a fresh PostgreSQL database; the bench directory
#      with BENCH_OFFICERS (10,000) officers; Etika's EAR in WildFly (heap 1 GiB, port offset 300, schedule off) --
#      the same setup as run.sh (bench/lib.sh); a full directory sync as HR, so that the officers are registered;
#   2. outside the timed path: ROWS incidents generated in PostgreSQL by bench/incidents.sql (statuses, dates
#      2024-2026, categories, provisions, punishments, officer snapshots), then VACUUM ANALYZE and a checkpoint;
#   3. as the directory's AUDITOR demo login (demo.juruaudit), through the REST API: unless BENCH_EXPORT_WARMUP=0, a
#      warm-up (CSV and XLSX of a tenth of the rows, not in the figures); then each export asked for (POST
#      exports, 202), followed until DONE, downloaded and checked: CSV, XLSX, masked CSV of every incident, and PDF
#      of the 10,000 incidents of one org unit. Time: the job's requestedAt -> finishedAt; heap after GC during
#      each and after a forced GC;
#   4. writes bench/target/results/export-ROWS.env and prints a summary.
#
# To look into one export (BENCH_JFR=1 records a profile): BENCH_REUSE_DATA=1 keeps the database of an earlier run
# of the same ROWS (no sync, no generation), BENCH_EXPORTS="CSV XLSX" runs only those of CSV XLSX CSV_MASKED PDF.
#
# Exit status 1 if a package's rows, size or hash differ from what the job reported, or it does not verify.
# Needs what run.sh needs (README.md), and unzip.
set -euo pipefail

ROWS="${1:-1000000}"
OFFICERS="${BENCH_OFFICERS:-10000}"
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
RUN="${BENCH}/target/export-${ROWS}"
AUDITOR_LOGIN="${BENCH_AUDITOR_LOGIN:-demo.juruaudit}"
# The PDF's rows: every PDF_EVERY-th case has this snapshot org unit (no officer is in it), 10,000 of them in all.
PDF_UNIT="Unit Pemantauan Media Sosial (dibubarkan 2025)"
PDF_EVERY=$(( ROWS >= 10000 ? ROWS / 10000 : 1 ))
command -v unzip >/dev/null || die "unzip not found"

build

rm -rf "${RUN}"
mkdir -p "${RUN}" "${RESULTS}"

reuse=no
if [[ "${BENCH_REUSE_DATA:-0}" == 1 \
    && "$(psql_bench 'SELECT count(*) FROM incident' 2>/dev/null || true)" == "${ROWS}" ]]; then
    reuse=yes
    log "PostgreSQL: the ${ROWS} incidents of database ${PG_DB} kept (BENCH_REUSE_DATA=1)"
else
    fresh_database
fi
start_directory
start_etika

RESULTS_FILE="${RESULTS}/export-${ROWS}.env"
{
    echo "ROWS=${ROWS}"
    echo "OFFICERS=${OFFICERS}"
    echo "DATE='$(date -u +%FT%TZ)'"
    echo "MACHINE='$(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GiB, $(java -version 2>&1 | head -n 1)'"
    echo "WILDFLY_HEAP=${WILDFLY_HEAP}"
    echo "POSTGRESQL='$(psql_bench 'SHOW server_version')'"
    echo "DATA_REUSED=${reuse}"
} >"${RESULTS_FILE}"

if [[ "${reuse}" == no ]]; then
    log "full directory sync: ${OFFICERS} officers into the registry"
    run_sync FULL SYNC

    log "${ROWS} incidents generated in PostgreSQL (not timed as an export)"
    generate_start=$(date +%s.%N)
    psql -h "${PG_HOST}" -U "${PG_USER}" -d "${PG_DB}" -q -v ON_ERROR_STOP=1 -v rows="${ROWS}" \
        -v pdf_unit="${PDF_UNIT}" -v pdf_every="${PDF_EVERY}" -f "${BENCH}/incidents.sql"
    echo "GENERATE_SECONDS=$(echo "$(date +%s.%N) - ${generate_start}" | bc)" >>"${RESULTS_FILE}"
fi
pdf_rows="$(psql_bench "SELECT count(*) FROM incident WHERE officer_org_unit = '${PDF_UNIT}'")"
{
    echo "INCIDENT_ROWS=$(psql_bench 'SELECT count(*) FROM incident')"
    echo "PROVISION_ROWS=$(psql_bench 'SELECT count(*) FROM incident_provision')"
    echo "PUNISHMENT_ROWS=$(psql_bench 'SELECT count(*) FROM incident_punishment')"
    echo "PDF_ROWS=${pdf_rows}"
    echo "DATABASE_MB=$(psql_bench "SELECT pg_database_size('${PG_DB}') >> 20")"
} >>"${RESULTS_FILE}"
psql_bench "SELECT status, count(*) FROM incident GROUP BY status ORDER BY 2 DESC" | tr '\n' ' '
echo

AUTH="${AUDITOR_LOGIN}:${BENCH_DEMO_PASSWORD}"
curl -fsS -u "${AUTH}" -o "${RUN}/public-key.pem" "${HTTP}/etika/api/v1/exports/public-key"
echo "HEAP_IDLE_MB=$(heap_after_gc)" >>"${RESULTS_FILE}"

# run_export NAME FORMAT MASKED FILTERS EXPECTED: one export asked for as the auditor, followed until it ends,
# downloaded and checked (rows in the data file = EXPECTED, size and SHA-256 = the job's, the signature verifies);
# its figures recorded as NAME_* in the results.
run_export() {
    local name="$1" format="$2" masked="$3" filters="$4" expected="$5"
    local location json status gc_from wall_start wall_end wildfly_cpu postgres_cpu directory_cpu machine_before
    local machine_after
    gc_from=$(( $(gc_log_lines) + 1 ))
    wildfly_cpu="$(cpu_seconds "${java_pid}")"
    directory_cpu="$(cpu_seconds "${directory_pid}")"
    postgres_cpu="$(postgres_cpu_seconds)"
    machine_before="$(machine_cpu)"
    wall_start=$(date +%s.%N)
    location="$(curl -fsS -u "${AUTH}" -o "${RUN}/${name}-request.json" -D - -H 'Content-Type: application/json' \
        -H 'Accept: application/json' -X POST \
        -d "{\"kind\":\"INCIDENTS\",\"format\":\"${format}\",\"filters\":${filters},\"masked\":${masked}}" \
        "${HTTP}/etika/api/v1/exports" | tr -d '\r' | sed -n 's/^[Ll]ocation: //p')"
    [[ -n "${location}" ]] || die "no Location for the ${name} export"
    while :; do
        json="$(api "${location}")"
        status="$(jq -r .status <<<"${json}")"
        [[ "${status}" == QUEUED || "${status}" == RUNNING ]] || break
        sleep 0.2
    done
    wall_end=$(date +%s.%N)
    machine_after="$(machine_cpu)"
    jq . <<<"${json}" >"${RUN}/${name}.json"
    [[ "${status}" == DONE ]] || die "the ${name} export ended ${status}: $(jq -r .failure <<<"${json}")"

    local seconds rows package bytes data data_rows verified
    seconds="$(echo "$(date -d "$(jq -r .finishedAt <<<"${json}")" +%s.%N) \
        - $(date -d "$(jq -r .requestedAt <<<"${json}")" +%s.%N)" | bc)"
    rows="$(jq -r .rowsDone <<<"${json}")"
    {
        echo "${name}_FORMAT=${format}"
        echo "${name}_MASKED=${masked}"
        echo "${name}_FILTERS='${filters}'"
        echo "${name}_SECONDS=${seconds}"
        echo "${name}_WALL_SECONDS=$(echo "${wall_end} - ${wall_start}" | bc)"
        echo "${name}_ROWS=${rows}"
        echo "${name}_RATE=$(echo "${rows} / ${seconds}" | bc)"
        echo "${name}_WILDFLY_CPU_SECONDS=$(echo "$(cpu_seconds "${java_pid}") - ${wildfly_cpu}" | bc)"
        echo "${name}_POSTGRES_CPU_SECONDS=$(echo "$(postgres_cpu_seconds) - ${postgres_cpu}" | bc)"
        echo "${name}_DIRECTORY_CPU_SECONDS=$(echo "$(cpu_seconds "${directory_pid}") - ${directory_cpu}" | bc)"
        # how busy the machine was (everything on it, other users' builds included): other work shows up here
        echo "${name}_MACHINE_BUSY_PERCENT=$(awk -v b="${machine_before}" -v a="${machine_after}" 'BEGIN {
            split(b, x, " "); split(a, y, " "); printf "%d", 100 * (y[1] - x[1]) / (y[2] - x[2]) }')"
        echo "${name}_MAX_HEAP_AFTER_GC_MB=$(max_heap_after_gc_since "${gc_from}")"
        echo "${name}_HEAP_AFTER_MB=$(heap_after_gc)"
    } >>"${RESULTS_FILE}"

    # The package as the auditor gets it, checked outside the timed path.
    package="${RUN}/${name}.zip"
    curl -fsS -u "${AUTH}" -H 'Accept: application/zip' -o "${package}" "${location}/package"
    bytes="$(stat -c %s "${package}")"
    data="$(unzip -Z1 "${package}" | grep '/data/incidents\.')"
    case "${format}" in
        CSV)  # header line less; the summaries hold no line break, so a line is a row
            data_rows=$(( $(unzip -p "${package}" "${data}" | wc -l) - 1 )) ;;
        XLSX) # rows of every sheet, headers less
            unzip -p "${package}" "${data}" >"${RUN}/${name}.xlsx"
            data_rows="$(unzip -p "${RUN}/${name}.xlsx" 'xl/worksheets/sheet*.xml' | tr '<' '\n' | grep -c '^row ')"
            data_rows=$(( data_rows - $(unzip -Z1 "${RUN}/${name}.xlsx" 'xl/worksheets/sheet*.xml' | wc -l) ))
            # the cells, to compare runs by (the workbook's own bytes hold the time it was written)
            echo "${name}_SHEETS_SHA256=$(unzip -p "${RUN}/${name}.xlsx" 'xl/worksheets/sheet*.xml' | sha256sum \
                | cut -d ' ' -f 1)" >>"${RESULTS_FILE}"
            rm "${RUN}/${name}.xlsx" ;;
        PDF)  # no row count in a PDF: the manifest's
            data_rows="$(unzip -p "${package}" '*/data/manifest.json' | jq '.files[0].rows')" ;;
    esac
    verified="$(java -cp "${REPO}/ejb/target/etika-ejb-1.0.0-SNAPSHOT.jar" my.etika.export.control.PackageVerifier \
        "${package}" "${RUN}/public-key.pem" | tr '\n' ' ' || true)"
    {
        echo "${name}_PACKAGE_BYTES=${bytes}"
        echo "${name}_DATA_FILE_BYTES=$(unzip -Zl "${package}" "${data}" | awk 'NR == 1 { print $4 }')"
        echo "${name}_DATA_ROWS=${data_rows}"
        echo "${name}_MANIFEST_ROWS=$(unzip -p "${package}" '*/data/manifest.json' | jq '.files[0].rows')"
        # the same rows give the same file whatever the run (but for XLSX and PDF, which hold when they were made)
        echo "${name}_DATA_SHA256=$(unzip -p "${package}" '*/data/manifest.json' | jq -r '.files[0].sha256')"
        echo "${name}_PACKAGE_MATCHES=$([[ "${rows}" == "${expected}" && "${data_rows}" == "${expected}" \
            && "${bytes}" == "$(jq -r .packageBytes <<<"${json}")" \
            && "$(sha256sum "${package}" | cut -d ' ' -f 1)" == "$(jq -r .packageSha256 <<<"${json}")" ]] \
            && echo yes || echo no)"
        echo "${name}_VERIFIED='${verified% }'"
    } >>"${RESULTS_FILE}"
    rm "${package}"
    # shellcheck disable=SC1090
    source "${RESULTS_FILE}"
    local r="${name}_RATE" s="${name}_SECONDS" h="${name}_MAX_HEAP_AFTER_GC_MB" a="${name}_HEAP_AFTER_MB"
    local m="${name}_PACKAGE_MATCHES"
    printf '%s: %s rows in %s s (%s rows/s), package %s bytes, %s data rows (as reported: %s), %s;' "${name}" \
        "${rows}" "${!s}" "${!r}" "${bytes}" "${data_rows}" "${!m}" "${verified% }"
    printf ' heap after GC %s MB highest, %s MB after\n' "${!h:-(no GC)}" "${!a}"
}

pdf_filter="$(jq -cn --arg unit "${PDF_UNIT}" '{orgUnit: $unit}')"
if [[ "${BENCH_EXPORT_WARMUP:-1}" != 0 ]]; then
    # The goal is about the running server, not one just booted: the export path compiled first, on the cases
    # received in the first 106 days (a tenth of them), read as the full exports read theirs.
    warmup_filter='{"from":"2024-01-01","to":"2024-04-15"}'
    warmup_rows="$(psql_bench "SELECT count(*) FROM incident WHERE received_at >= TIMESTAMP '2023-12-31 16:00'
                               AND received_at < TIMESTAMP '2024-04-15 16:00'")"
    log "warm-up: CSV and XLSX of the ${warmup_rows} cases received 2024-01-01 to 2024-04-15 (recorded as WARMUP_*)"
    run_export WARMUP_CSV CSV false "${warmup_filter}" "${warmup_rows}"
    run_export WARMUP_XLSX XLSX false "${warmup_filter}" "${warmup_rows}"
fi

exports="${BENCH_EXPORTS:-CSV XLSX CSV_MASKED PDF}"
for name in ${exports}; do
    case "${name}" in
        CSV) log "CSV of ${ROWS} incidents"
             run_export CSV CSV false '{}' "${ROWS}" ;;
        XLSX) log "XLSX of ${ROWS} incidents"
              run_export XLSX XLSX false '{}' "${ROWS}" ;;
        CSV_MASKED) log "masked CSV of ${ROWS} incidents"
                    run_export CSV_MASKED CSV true '{}' "${ROWS}" ;;
        PDF) log "PDF of the ${pdf_rows} incidents of one org unit"
             run_export PDF PDF false "${pdf_filter}" "${pdf_rows}" ;;
        *) die "unknown export ${name} in BENCH_EXPORTS (CSV XLSX CSV_MASKED PDF)" ;;
    esac
done

log "results (${RESULTS_FILE})"
cat "${RESULTS_FILE}"
# shellcheck disable=SC1090
source "${RESULTS_FILE}"
printf '\n%s incidents, WildFly heap %s, idle heap after GC %s MB:\n' "${ROWS}" "${WILDFLY_HEAP}" "${HEAP_IDLE_MB}"
ok=yes
for name in ${exports}; do
    r="${name}_RATE" s="${name}_SECONDS" n="${name}_ROWS" b="${name}_PACKAGE_BYTES" h="${name}_MAX_HEAP_AFTER_GC_MB"
    a="${name}_HEAP_AFTER_MB" m="${name}_PACKAGE_MATCHES" v="${name}_VERIFIED"
    printf '  %-10s %8s rows in %7s s = %7s rows/s; package %6d MB; heap after GC %s MB highest, %s MB after; %s\n' \
        "${name}" "${!n}" "${!s}" "${!r}" $(( ${!b} >> 20 )) "${!h:-(no GC)}" "${!a}" "${!v}"
    [[ "${!m}" == yes && "${!v}" == VERIFIED ]] || ok=no
done
printf '  goals: CSV >= 100000 rows/s: %s; XLSX >= 30000 rows/s: %s; packages as reported and verified: %s\n' \
    "$( (( ${CSV_RATE:-0} >= 100000 )) && echo met || echo MISSED)" \
    "$( (( ${XLSX_RATE:-0} >= 30000 )) && echo met || echo MISSED)" "${ok}"
[[ "${ok}" == yes ]] || exit 1
