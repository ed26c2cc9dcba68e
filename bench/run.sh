#!/usr/bin/env bash
# Etika directory-sync benchmark: one size per invocation.
#
#   bench/run.sh [OFFICERS]            (default 100000)
#   BENCH_DIRECTORY=slapd bench/run.sh 1000000   (a slapd of its own instead of the in-memory server; no incremental)
#
# What it does, end to end (see bench/README.md for the figures and how to read them):
#   1. builds Etika (./mvnw -DskipTests install) and this benchmark, unless BENCH_SKIP_BUILD=1;
#   2. starts the bench directory (UnboundID in-memory server, N generated officers, cn=changelog) in its own JVM;
#   3. starts Etika's EAR in WildFly 39.0.1 (from ear/target) with the heap capped at 1 GiB (BENCH_WILDFLY_HEAP),
#      its own base dir, port offset 300, on PostgreSQL database etika_bench (dropped and created here);
#   4. through the REST API, as the directory's HR demo login: a full reconcile into the empty database, a second
#      full reconcile with nothing changed (officer rows written are counted in PostgreSQL), 1 % of the entries
#      changed in the directory (ApplyChanges), an incremental run;
#   5. the floor (FloorBench): the same entries merely read from the directory, and COPY'd into PostgreSQL;
#   6. writes bench/target/results/OFFICERS.env and prints a summary.
#
# Needs: a JDK 17+, PostgreSQL on 127.0.0.1:5432 reachable as postgres without a password (BENCH_PG_* to change),
# curl and jq. Nothing here is timed by Maven: every timed step is a plain JVM or Etika itself.
set -euo pipefail

OFFICERS="${1:-100000}"
KIND="$([[ "${BENCH_DIRECTORY:-memory}" == slapd ]] && echo "-slapd" || true)"
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
RUN="${BENCH}/target/run-${OFFICERS}${KIND}"

build

rm -rf "${RUN}"
mkdir -p "${RUN}" "${RESULTS}"

fresh_database
start_directory
start_etika

# The writes to the officer table as PostgreSQL counts them (inserted + updated + deleted tuples).
officer_writes() {
    sleep 11  # a backend that goes idle reports its pending counters after 10 s (PostgreSQL 15)
    psql_bench "SELECT pg_stat_clear_snapshot(); SELECT n_tup_ins + n_tup_upd + n_tup_del FROM pg_stat_user_tables
                WHERE relname = 'officer'" | tail -n 1
}

RESULTS_FILE="${RESULTS}/${OFFICERS}${KIND}.env"
{
    echo "OFFICERS=${OFFICERS}"
    echo "ENTRIES=${BENCH_ENTRIES}"
    echo "DATE='$(date -u +%FT%TZ)'"
    echo "MACHINE='$(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GiB, $(java -version 2>&1 | head -n 1)'"
    echo "WILDFLY_HEAP=${WILDFLY_HEAP}"
    echo "SYNC_PAGE_SIZE=${ETIKA_SYNC_PAGE_SIZE}"
    echo "DIRECTORY=${BENCH_DIRECTORY:-memory}"
    echo "HEAP_IDLE_MB=$(heap_after_gc)"
} >"${RESULTS_FILE}"

log "full reconcile into the empty database"
run_sync FULL FULL_INITIAL
echo "HEAP_AFTER_FULL_MB=$(heap_after_gc)" >>"${RESULTS_FILE}"
echo "OFFICER_ROWS=$(psql_bench 'SELECT count(*) FROM officer')" >>"${RESULTS_FILE}"

log "full reconcile with nothing changed"
# Etika bumps version and last_changed_at on every write and adds a history row: these must not move either.
registry_state() {
    psql_bench "SELECT count(*) || '/' || sum(version) || '/' || max(last_changed_at) || '/'
                || (SELECT count(*) FROM officer_change) FROM officer"
}
writes_before="$(officer_writes)"
state_before="$(registry_state)"
run_sync FULL FULL_NOCHANGE
writes_after="$(officer_writes)"
state_after="$(registry_state)"
echo "FULL_NOCHANGE_OFFICER_ROWS_WRITTEN=$(( writes_after - writes_before ))" >>"${RESULTS_FILE}"
echo "FULL_NOCHANGE_REGISTRY_UNCHANGED=$([[ "${state_before}" == "${state_after}" ]] && echo yes || echo no)" \
    >>"${RESULTS_FILE}"

log "the officers API (the officers screen's queries) on ${OFFICERS} officers: best of 3"
# best_of3 NAME PATH: the fastest of three requests, in ms, recorded as API_NAME_MS
best_of3() {
    local best=999999 t
    for _ in 1 2 3; do
        t="$(curl -fsS -u "${AUTH}" -o /dev/null -w '%{time_total}' "${HTTP}/etika/api/v1/$2")"
        t="$(echo "${t} * 1000 / 1" | bc)"
        (( t < best )) && best=${t}
    done
    echo "API_$1_MS=${best}" >>"${RESULTS_FILE}"
    printf '%-28s %5d ms  %s\n' "$1" "${best}" "$2"
}
unit="$(psql_bench "SELECT org_unit FROM officer GROUP BY org_unit ORDER BY count(*) DESC LIMIT 1" | jq -sRr @uri)"
some="$(psql_bench "SELECT id FROM officer ORDER BY id DESC LIMIT 1")"
best_of3 FIRST_PAGE "officers?size=25"
best_of3 LAST_PAGE "officers?size=25&page=$(( OFFICERS / 25 - 1 ))"
best_of3 SORT_GRADE_DESC "officers?size=25&sort=grade&desc=true"
best_of3 SEARCH_PREFIX "officers?q=siti&size=25"
best_of3 FILTER_ORG_UNIT "officers?orgUnit=${unit%\%0A}&size=25"
best_of3 FILTER_STATUS "officers?status=RETIRED&size=25"
best_of3 DETAIL "officers/${some}"

if [[ "${BENCH_DIRECTORY:-memory}" == slapd ]]; then
    log "no incremental part: it measures changes through the in-memory server's cn=changelog"
else
    log "1 % of the entries changed in the directory, then an incremental run"
    java -cp "${CP}" my.etika.bench.ApplyChanges --env "${RUN}/directory.env" --percent 1 --seed 7 \
        --out "${RUN}/changes.env"
    cat "${RUN}/changes.env" >>"${RESULTS_FILE}"
    run_sync INCREMENTAL INCREMENTAL
fi

log "stopping WildFly, then the floor: read the entries, COPY the rows"
kill "${wildfly_pid}"; wait "${wildfly_pid}" 2>/dev/null || true; wildfly_pid=""
java -Xmx1g -cp "${CP}" my.etika.bench.FloorBench --env "${RUN}/directory.env" \
    --jdbc "jdbc:postgresql://${PG_HOST}:5432/${PG_DB}" --db-user "${PG_USER}" \
    --rows-file "${RUN}/floor-rows.copy" --out "${RUN}/floor.env"
cat "${RUN}/floor.env" >>"${RESULTS_FILE}"

# shellcheck disable=SC1090
source "${RESULTS_FILE}"
{
    echo "RATIO_TO_FLOOR=$(echo "scale=2; ${FULL_INITIAL_SECONDS} / ${FLOOR_SECONDS}" | bc)"
    echo "RATIO_TO_INDEXED_FLOOR=$(echo "scale=2; ${FULL_INITIAL_SECONDS} / ${FLOOR_INDEXED_SECONDS}" | bc)"
} >>"${RESULTS_FILE}"

log "results (${RESULTS_FILE})"
cat "${RESULTS_FILE}"
