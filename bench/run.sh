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
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH="${REPO}/bench"
KIND="$([[ "${BENCH_DIRECTORY:-memory}" == slapd ]] && echo "-slapd" || true)"
RUN="${BENCH}/target/run-${OFFICERS}${KIND}"
RESULTS="${BENCH}/target/results"
WILDFLY="${REPO}/ear/target/wildfly-39.0.1.Final"
EAR="${REPO}/ear/target/etika.ear"
PORT_OFFSET=300
HTTP="http://127.0.0.1:$((8080 + PORT_OFFSET))"
LDAP_PORT="${BENCH_LDAP_PORT:-10689}"
WILDFLY_HEAP="${BENCH_WILDFLY_HEAP:-1g}"
PG_HOST="${BENCH_PG_HOST:-127.0.0.1}"
PG_USER="${BENCH_PG_USER:-postgres}"
PG_DB="${BENCH_PG_DB:-etika_bench}"
# The in-memory directory holds every entry: 7.5 GB live at 500,000 officers (about 15 KB each), so its heap is
# sized by N. 1,000,000 needs about 20 GiB, more than a 24 GiB machine can give beside WildFly and PostgreSQL.
DIRECTORY_HEAP="${BENCH_DIRECTORY_HEAP:-$(( OFFICERS * 22 / 1000000 + 1 ))g}"

log() { printf '\n[bench %s] %s\n' "$(date +%H:%M:%S)" "$*"; }
die() { printf '[bench] ERROR: %s\n' "$*" >&2; exit 1; }
psql_bench() { psql -h "${PG_HOST}" -U "${PG_USER}" -d "${PG_DB}" -v ON_ERROR_STOP=1 -qtA -c "$1"; }

for tool in java jcmd curl jq psql bc; do command -v "${tool}" >/dev/null || die "${tool} not found"; done

directory_pid=""
wildfly_pid=""
cleanup() {
    [[ -n "${wildfly_pid}" ]] && kill "${wildfly_pid}" 2>/dev/null && wait "${wildfly_pid}" 2>/dev/null || true
    [[ -n "${directory_pid}" ]] && kill "${directory_pid}" 2>/dev/null && wait "${directory_pid}" 2>/dev/null || true
}
trap cleanup EXIT

if [[ "${BENCH_SKIP_BUILD:-0}" != 1 ]]; then
    log "building Etika and the benchmark"
    (cd "${REPO}" && ./mvnw -B -ntp -q -DskipTests install)
    (cd "${REPO}" && ./mvnw -B -ntp -q -f bench/pom.xml package)
fi
[[ -f "${EAR}" && -d "${WILDFLY}" ]] || die "no ${EAR} or ${WILDFLY}: run ./mvnw -DskipTests install first"
CP="${BENCH}/target/classes:$(find "${BENCH}/target/lib" -name '*.jar' | tr '\n' ':')"

rm -rf "${RUN}"
mkdir -p "${RUN}" "${RESULTS}"

log "PostgreSQL: fresh database ${PG_DB}"
psql -h "${PG_HOST}" -U "${PG_USER}" -d postgres -v ON_ERROR_STOP=1 -q \
    -c "DROP DATABASE IF EXISTS ${PG_DB}" -c "CREATE DATABASE ${PG_DB}"

if [[ "${BENCH_DIRECTORY:-memory}" == slapd ]]; then
    log "directory: ${OFFICERS} officers in a slapd of its own (mdb)"
    "${BENCH}/slapd-directory.sh" "${OFFICERS}" "${RUN}" >"${RUN}/directory.log" 2>&1 \
        || { cat "${RUN}/directory.log"; die "slapd did not start"; }
    directory_pid="$(sed -n "s/^BENCH_DIRECTORY_PID='\(.*\)'$/\1/p" "${RUN}/directory.env")"
else
    log "directory: ${OFFICERS} officers in an UnboundID in-memory server on port ${LDAP_PORT} (heap ${DIRECTORY_HEAP})"
    java -Xmx"${DIRECTORY_HEAP}" -XX:+UseParallelGC -cp "${CP}" my.etika.bench.BenchDirectory \
        --officers "${OFFICERS}" --port "${LDAP_PORT}" --state-dir "${RUN}" --index entryUUID,uid,member \
        >"${RUN}/directory.log" 2>&1 &
    directory_pid=$!
    for _ in $(seq 1 1800); do
        [[ -f "${RUN}/directory.env" ]] && break
        kill -0 "${directory_pid}" 2>/dev/null || { cat "${RUN}/directory.log"; die "the directory stopped"; }
        sleep 1
    done
    [[ -f "${RUN}/directory.env" ]] || die "the directory did not start within 30 min"
fi
cat "${RUN}/directory.log"
set -a
# shellcheck disable=SC1091
source "${RUN}/directory.env"
set +a

log "WildFly: Etika on ${HTTP} with -Xmx${WILDFLY_HEAP}, PostgreSQL ${PG_DB}"
cp -r "${WILDFLY}/standalone" "${RUN}/server"
rm -rf "${RUN}/server/deployments/"* "${RUN}/server/data" "${RUN}/server/tmp" "${RUN}/server/log"
cp "${EAR}" "${RUN}/server/deployments/"
export ETIKA_DB_DRIVER=postgresql
export ETIKA_DB_URL="jdbc:postgresql://${PG_HOST}:5432/${PG_DB}"
export ETIKA_DB_USER="${PG_USER}"
export ETIKA_DB_PASSWORD="${BENCH_PG_PASSWORD:-ignored-by-trust-auth}"
# The in-memory server pages by copying the result set, so paged results are O(N²) there: one streamed search.
# Real directories are read with paged results (ETIKA_SYNC_PAGE_SIZE, default 1000).
if [[ "${BENCH_DIRECTORY:-memory}" == slapd ]]; then
    export ETIKA_SYNC_PAGE_SIZE="${BENCH_SYNC_PAGE_SIZE:-1000}"
else
    export ETIKA_SYNC_PAGE_SIZE="${BENCH_SYNC_PAGE_SIZE:-0}"
fi
export ETIKA_SYNC_SCHEDULE_ENABLED=false
export JAVA_OPTS="-Xms${WILDFLY_HEAP} -Xmx${WILDFLY_HEAP} -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=512m \
-Xlog:gc:file=${RUN}/gc.log:uptime -Djava.net.preferIPv4Stack=true -Djboss.modules.system.pkgs=org.jboss.byteman \
-Djava.awt.headless=true"
if [[ "${BENCH_JFR:-0}" == 1 ]]; then  # a profile of the whole session, for finding where the time goes
    JAVA_OPTS+=" -XX:StartFlightRecording=filename=${RUN}/wildfly.jfr,settings=profile,dumponexit=true"
fi
export LAUNCH_JBOSS_IN_BACKGROUND=1
export JBOSS_PIDFILE="${RUN}/wildfly.pid"
"${WILDFLY}/bin/standalone.sh" -Djboss.server.base.dir="${RUN}/server" \
    -Djboss.socket.binding.port-offset="${PORT_OFFSET}" >"${RUN}/wildfly.log" 2>&1 &
wildfly_pid=$!

AUTH="${BENCH_HR_LOGIN}:${BENCH_DEMO_PASSWORD}"
api() { curl -fsS -u "${AUTH}" -H 'Accept: application/json' "$@"; }
for _ in $(seq 1 240); do
    api "${HTTP}/etika/api/v1/me" >/dev/null 2>&1 && break
    kill -0 "${wildfly_pid}" 2>/dev/null || { tail -50 "${RUN}/wildfly.log"; die "WildFly stopped"; }
    sleep 1
done
api "${HTTP}/etika/api/v1/me" >/dev/null || { tail -50 "${RUN}/wildfly.log"; die "Etika did not answer"; }
java_pid="$(cat "${JBOSS_PIDFILE}")"

# The writes to the officer table as PostgreSQL counts them (inserted + updated + deleted tuples).
officer_writes() {
    sleep 11  # a backend that goes idle reports its pending counters after 10 s (PostgreSQL 15)
    psql_bench "SELECT pg_stat_clear_snapshot(); SELECT n_tup_ins + n_tup_upd + n_tup_del FROM pg_stat_user_tables
                WHERE relname = 'officer'" | tail -n 1
}

# Heap used after a forced full GC, in MB.
heap_after_gc() {
    jcmd "${java_pid}" GC.run >/dev/null
    jcmd "${java_pid}" GC.heap_info | awk '/garbage-first heap/ { for (i = 1; i <= NF; i++) if ($i == "used") { print $(i + 1) } }' \
        | sed 's/K,*$//' | awk '{ printf "%d", $1 / 1024 }'
}

# The largest heap occupancy after a collection logged since GC log line $1, in MB.
max_heap_after_gc_since() {
    tail -n +"$1" "${RUN}/gc.log" | sed -n 's/.*->\([0-9]*\)M(.*/\1/p' | sort -n | tail -n 1
}

gc_log_lines() { wc -l <"${RUN}/gc.log"; }

# run_sync MODE NAME: starts a run through the API, waits for it, records its figures as NAME_* in the results.
run_sync() {
    local mode="$1" name="$2" location json status gc_from wall_start wall_end
    gc_from=$(( $(gc_log_lines) + 1 ))
    wall_start=$(date +%s.%N)
    location="$(curl -fsS -u "${AUTH}" -o /dev/null -D - -H 'Content-Type: application/json' \
        -X POST -d "{\"mode\":\"${mode}\"}" "${HTTP}/etika/api/v1/sync/runs" \
        | tr -d '\r' | sed -n 's/^[Ll]ocation: //p')"
    [[ -n "${location}" ]] || die "no Location for the ${mode} run"
    while :; do
        json="$(api "${location}")"
        status="$(jq -r .status <<<"${json}")"
        [[ "${status}" == RUNNING ]] || break
        sleep 0.5
    done
    wall_end=$(date +%s.%N)
    jq . <<<"${json}" >"${RUN}/${name}.json"
    local seconds seen
    if [[ "$(jq -r .finishedAt <<<"${json}")" == null ]]; then  # HELD for approval: the time until it was held
        seconds="$(echo "${wall_end} - ${wall_start}" | bc)"
    else
        seconds="$(echo "$(date -d "$(jq -r .finishedAt <<<"${json}")" +%s.%N) - $(date -d "$(jq -r .startedAt <<<"${json}")" +%s.%N)" | bc)"
    fi
    seen="$(jq -r .entriesSeen <<<"${json}")"
    {
        echo "${name}_STATUS=${status}"
        echo "${name}_MECHANISM='$(jq -r .mechanism <<<"${json}")'"
        echo "${name}_SECONDS=${seconds}"
        echo "${name}_WALL_SECONDS=$(echo "${wall_end} - ${wall_start}" | bc)"
        echo "${name}_SEEN=${seen}"
        echo "${name}_RATE=$(echo "${seen} / ${seconds}" | bc)"
        for field in created updated moved unchanged deactivated reactivated errors held; do
            echo "${name}_${field^^}=$(jq -r ".${field}" <<<"${json}")"
        done
        echo "${name}_MAX_HEAP_AFTER_GC_MB=$(max_heap_after_gc_since "${gc_from}")"
    } >>"${RESULTS_FILE}"
    printf '%s: %s %s in %s s (%s entries/s)\n' "${name}" "${status}" "$(jq -c '{mechanism,entriesSeen,created,updated,moved,unchanged,deactivated,reactivated,errors,held}' <<<"${json}")" "${seconds}" "$(echo "${seen} / ${seconds}" | bc)"
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
