# Shared by bench/run.sh, bench/signing.sh and bench/export.sh: sourced, never run. Settings, the build, a fresh
# PostgreSQL database, the bench directory, Etika's EAR in WildFly, the REST and CPU helpers, so that every benchmark
# starts the system under test the same way.
#
# The caller sets OFFICERS before sourcing it (the directory's heap is sized by it), RUN (its working directory)
# before start_directory, and RESULTS_FILE before run_sync. Functions die on the first failure (set -euo pipefail
# in the caller); the EXIT trap stops the server and the directory this shell started.

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH="${REPO}/bench"
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

# Builds Etika and this project (unless BENCH_SKIP_BUILD=1) and sets CP, the benchmark's class path.
build() {
    if [[ "${BENCH_SKIP_BUILD:-0}" != 1 ]]; then
        log "building Etika and the benchmark"
        (cd "${REPO}" && ./mvnw -B -ntp -q -DskipTests install)
        (cd "${REPO}" && ./mvnw -B -ntp -q -f bench/pom.xml package)
    fi
    [[ -f "${EAR}" && -d "${WILDFLY}" ]] || die "no ${EAR} or ${WILDFLY}: run ./mvnw -DskipTests install first"
    CP="${BENCH}/target/classes:$(find "${BENCH}/target/lib" -name '*.jar' | tr '\n' ':')"
}

fresh_database() {
    log "PostgreSQL: fresh database ${PG_DB}"
    psql -h "${PG_HOST}" -U "${PG_USER}" -d postgres -v ON_ERROR_STOP=1 -q \
        -c "DROP DATABASE IF EXISTS ${PG_DB}" -c "CREATE DATABASE ${PG_DB}"
}

# Starts the directory with OFFICERS officers (BENCH_DIRECTORY=slapd: a slapd of its own, else the in-memory
# server), waits until it listens and exports what it wrote to RUN/directory.env.
start_directory() {
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
}

# Starts Etika's EAR in WildFly (own base dir under RUN, port offset, heap WILDFLY_HEAP, PostgreSQL PG_DB, schedule
# off) and waits until the API answers the HR login; sets wildfly_pid, java_pid (the server JVM) and AUTH.
start_etika() {
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
    for _ in $(seq 1 240); do
        api "${HTTP}/etika/api/v1/me" >/dev/null 2>&1 && break
        kill -0 "${wildfly_pid}" 2>/dev/null || { tail -50 "${RUN}/wildfly.log"; die "WildFly stopped"; }
        sleep 1
    done
    api "${HTTP}/etika/api/v1/me" >/dev/null || { tail -50 "${RUN}/wildfly.log"; die "Etika did not answer"; }
    java_pid="$(cat "${JBOSS_PIDFILE}")"
}

# curl as the HR login (AUTH), JSON accepted; fails on an HTTP error.
api() { curl -fsS -u "${AUTH}" -H 'Accept: application/json' "$@"; }

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

# CPU seconds (user + system) a process has used so far.
cpu_seconds() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / hz }' "/proc/$1/stat"; }

# CPU seconds used so far by the PostgreSQL backends serving the bench database (WildFly's pool keeps them).
postgres_cpu_seconds() {
    local pid ticks=0
    for pid in $(pgrep -f "^postgres: (.*: )?[^ ]+ ${PG_DB} " || true); do
        ticks=$(( ticks + $(awk '{ print $14 + $15 }' "/proc/${pid}/stat" 2>/dev/null || echo 0) ))
    done
    echo "scale=1; ${ticks} / $(getconf CLK_TCK)" | bc
}

# The whole machine's busy and total CPU time so far (jiffies), every process of every user included.
machine_cpu() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9 }' /proc/stat; }

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
