#!/usr/bin/env bash
# Etika declaration-signing load benchmark (issue 4): USERS officers signing concurrently against the running server.
#
#   bench/signing.sh [OFFICERS] [USERS] [SECONDS]     (defaults 30000 200 300; a smoke run: 3000 30 45)
#
# What it does, end to end (see bench/README.md, "Declaration signing", for the workload and the figures):
#   1. builds Etika and this benchmark unless BENCH_SKIP_BUILD=1; a fresh PostgreSQL database; the bench directory
#      with OFFICERS generated officers; Etika's EAR in WildFly (heap 1 GiB, port offset 300, schedule off) -- the
#      same setup as run.sh (bench/lib.sh);
#   2. as the directory's HR login, through the REST API: a full directory sync, then a campaign on the newest
#      published policy version for every active officer, launched;
#   3. unless BENCH_WARMUP_SECONDS=0, a warm-up of the server (its JIT): BENCH_WARMUP_USERS (10) virtual officers
#      signing with no think time for BENCH_WARMUP_SECONDS (30), not part of the figures;
#   4. the load (SigningLoad): USERS virtual officers, ramped up over BENCH_RAMP_UP seconds (20), then SECONDS
#      measured; each takes officers nobody else has taken and lists, reads (Malay) and signs with think times;
#   5. unless BENCH_SATURATION_SECONDS=0: a short saturation figure with the officers left, BENCH_SATURATION_USERS
#      (20) virtual officers with no think time for BENCH_SATURATION_SECONDS (30);
#   6. checks with SQL that the campaign's signatures in the database are exactly the signatures the server
#      accepted (201), writes bench/target/results/signing-USERS.env and prints a summary.
#
# Exit status 1 if the database and the accepted signatures disagree. Needs what run.sh needs (README.md).
set -euo pipefail

OFFICERS="${1:-30000}"
users="${2:-200}"
measure_seconds="${3:-300}"
ramp_up="${BENCH_RAMP_UP:-20}"
warmup_users="${BENCH_WARMUP_USERS:-10}"
warmup_seconds="${BENCH_WARMUP_SECONDS:-30}"
saturation_users="${BENCH_SATURATION_USERS:-20}"
saturation_seconds="${BENCH_SATURATION_SECONDS:-30}"
KIND="$([[ "${BENCH_DIRECTORY:-memory}" == slapd ]] && echo "-slapd" || true)"
# 30,000 officers and the changelog's copies take 570 MB in the in-memory directory: room to answer binds and
# searches without collecting all the time (it is not what is measured here)
BENCH_DIRECTORY_HEAP="${BENCH_DIRECTORY_HEAP:-$(( OFFICERS * 44 / 1000000 + 2 ))g}"
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
RUN="${BENCH}/target/signing-${OFFICERS}-${users}${KIND}"

build

rm -rf "${RUN}"
mkdir -p "${RUN}" "${RESULTS}"

fresh_database
start_directory
start_etika

# api_post PATH JSON: a POST as the HR login; prints the answer's body, dies with it on an HTTP error.
api_post() {
    local body status
    body="$(curl -sS -u "${AUTH}" -H 'Accept: application/json' -H 'Content-Type: application/json' \
        -w '\n%{http_code}' -X POST -d "$2" "${HTTP}/etika/api/v1/$1")"
    status="${body##*$'\n'}"
    body="${body%$'\n'*}"
    [[ "${status}" == 2* ]] || die "POST $1: HTTP ${status} ${body}"
    printf '%s\n' "${body}"
}

RESULTS_FILE="${RESULTS}/signing-${users}${KIND}.env"
{
    echo "OFFICERS=${OFFICERS}"
    echo "DATE='$(date -u +%FT%TZ)'"
    echo "MACHINE='$(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GiB, $(java -version 2>&1 | head -n 1)'"
    echo "WILDFLY_HEAP=${WILDFLY_HEAP}"
    echo "DB_MAX_POOL=${ETIKA_DB_MAX_POOL:-20}"
    echo "DIRECTORY=${BENCH_DIRECTORY:-memory}"
    echo "DIRECTORY_HEAP=${DIRECTORY_HEAP}"
    echo "HEAP_IDLE_MB=$(heap_after_gc)"
} >"${RESULTS_FILE}"

log "full directory sync: the officers into the registry"
run_sync FULL SYNC

log "a campaign for every active officer on the newest published policy version, launched"
policy_version="$(api "${HTTP}/etika/api/v1/policies/versions" \
    | jq -e '[.[] | select(.status == "PUBLISHED")] | max_by(.id) | .id')" || die "no published policy version"
campaign_name="Bench signing $(date -u +%FT%TZ)"
today="$(TZ=Asia/Kuala_Lumpur date +%F)"  # the campaign must be open today where the officers sign
campaign="$(api_post campaigns "$(jq -cn \
    --arg name "${campaign_name}" --argjson version "${policy_version}" --arg opens "${today}" \
    --arg due "$(TZ=Asia/Kuala_Lumpur date -d '+30 days' +%F)" \
    '{name: $name, policyVersionId: $version, orgUnit: null, grade: null, serviceGroup: null, opensOn: $opens,
      dueOn: $due, reminderDays: [7, 1], escalationDays: 2}')")"
campaign_id="$(jq -r .id <<<"${campaign}")"
launch_start=$(date +%s.%N)
api_post "campaigns/${campaign_id}/launch" "{\"version\": $(jq -r .version <<<"${campaign}")}" \
    >"${RUN}/campaign.json"
launch_seconds="$(echo "$(date +%s.%N) - ${launch_start}" | bc)"
# The officers who may sign: the campaign's pending declarations, less the demo logins (HR, admin, ...).
psql_bench "SELECT o.login FROM declaration d JOIN officer o ON o.id = d.officer_id
            WHERE d.campaign_id = ${campaign_id} AND d.status = 'PENDING' AND o.login NOT LIKE 'demo.%'
            ORDER BY o.id" >"${RUN}/logins.txt"
{
    echo "POLICY_VERSION_ID=${policy_version}"
    echo "CAMPAIGN_ID=${campaign_id}"
    echo "CAMPAIGN_NAME='${campaign_name}'"
    echo "LAUNCH_SECONDS=${launch_seconds}"
    echo "ACTIVE_OFFICERS=$(psql_bench "SELECT count(*) FROM officer WHERE status = 'ACTIVE'")"
    echo "DECLARATIONS=$(psql_bench "SELECT count(*) FROM declaration WHERE campaign_id = ${campaign_id}")"
    echo "SIGNABLE_OFFICERS=$(wc -l <"${RUN}/logins.txt")"
} >>"${RESULTS_FILE}"
printf 'campaign %s (%s) launched in %s s: %s officers may sign\n' "${campaign_id}" "${campaign_name}" \
    "${launch_seconds}" "$(wc -l <"${RUN}/logins.txt")"

# load PREFIX LOGINS USERS RAMP_UP SECONDS THINK_SCALE NAME: one run of the load driver, its figures (and the
# server's and directory's CPU time, the server's heap) appended to the results as PREFIX*.
load() {
    local prefix="$1" logins="$2" users="$3" ramp_up="$4" seconds="$5" think="$6" name="$7"
    local gc_from wildfly_cpu directory_cpu postgres_cpu machine_before machine_after
    gc_from=$(( $(gc_log_lines) + 1 ))
    wildfly_cpu="$(cpu_seconds "${java_pid}")"
    directory_cpu="$(cpu_seconds "${directory_pid}")"
    postgres_cpu="$(postgres_cpu_seconds)"
    machine_before="$(machine_cpu)"
    java -Xms256m -Xmx512m -cp "${CP}" my.etika.bench.SigningLoad --api "${HTTP}/etika/api/v1/" \
        --env "${RUN}/directory.env" --logins "${logins}" --campaign "${campaign_name}" --users "${users}" \
        --ramp-up "${ramp_up}" --seconds "${seconds}" --think-scale "${think}" --prefix "${prefix}" \
        --out "${RESULTS_FILE}" --requests-csv "${RUN}/${name}-requests.csv" --errors "${RUN}/${name}-errors.txt" \
        --unused "${RUN}/${name}-unused-logins.txt"
    machine_after="$(machine_cpu)"
    {
        echo "${prefix}WILDFLY_CPU_SECONDS=$(echo "$(cpu_seconds "${java_pid}") - ${wildfly_cpu}" | bc)"
        echo "${prefix}DIRECTORY_CPU_SECONDS=$(echo "$(cpu_seconds "${directory_pid}") - ${directory_cpu}" | bc)"
        echo "${prefix}POSTGRES_CPU_SECONDS=$(echo "$(postgres_cpu_seconds) - ${postgres_cpu}" | bc)"
        # how busy the machine was (everything on it, other users' builds included): > 90 % means CPU-bound
        echo "${prefix}MACHINE_BUSY_PERCENT=$(awk -v b="${machine_before}" -v a="${machine_after}" 'BEGIN {
            split(b, x, " "); split(a, y, " "); printf "%d", 100 * (y[1] - x[1]) / (y[2] - x[2]) }')"
        echo "${prefix}MAX_HEAP_AFTER_GC_MB=$(max_heap_after_gc_since "${gc_from}")"
    } >>"${RESULTS_FILE}"
}

logins="${RUN}/logins.txt"
if (( warmup_seconds > 0 )); then
    # The goal is about the running server, not one just booted: its JIT compiles the signing path first.
    log "warm-up: ${warmup_users} officers with no think time for ${warmup_seconds} s (recorded as WARMUP_*)"
    load WARMUP_ "${logins}" "${warmup_users}" 0 "${warmup_seconds}" 0 warmup
    logins="${RUN}/warmup-unused-logins.txt"
fi

log "the load: ${users} officers signing, ramp-up ${ramp_up} s, then ${measure_seconds} s measured"
load "" "${logins}" "${users}" "${ramp_up}" "${measure_seconds}" 1 signing

if (( saturation_seconds > 0 )); then
    log "saturation: ${saturation_users} officers with no think time for ${saturation_seconds} s"
    load SATURATION_ "${RUN}/signing-unused-logins.txt" "${saturation_users}" 2 "${saturation_seconds}" 0 saturation
fi

log "the database against the signatures the server accepted"
# shellcheck disable=SC1090
source "${RESULTS_FILE}"
accepted=$(( ${WARMUP_RUN_SIGNATURES_OK:-0} + RUN_SIGNATURES_OK + ${SATURATION_RUN_SIGNATURES_OK:-0} ))
rows="$(psql_bench "SELECT count(*) FROM declaration_signature s JOIN declaration d ON d.id = s.declaration_id
                    WHERE d.campaign_id = ${campaign_id}")"
signed="$(psql_bench "SELECT count(*) FROM declaration WHERE campaign_id = ${campaign_id} AND status = 'SIGNED'")"
accounts="$(psql_bench "SELECT count(*) FROM declared_account a JOIN declaration_signature s ON s.id = a.signature_id
                        JOIN declaration d ON d.id = s.declaration_id WHERE d.campaign_id = ${campaign_id}")"
{
    echo "POSTS_ACCEPTED=${accepted}"
    echo "SIGNATURE_ROWS=${rows}"
    echo "SIGNED_DECLARATIONS=${signed}"
    echo "DECLARED_ACCOUNT_ROWS=${accounts}"
    echo "SIGNATURES_MATCH=$([[ "${rows}" == "${accepted}" && "${signed}" == "${accepted}" \
        && "${accounts}" == "${accepted}" ]] && echo yes || echo no)"
    echo "HEAP_AFTER_MB=$(heap_after_gc)"
} >>"${RESULTS_FILE}"
printf 'signatures accepted (201): %s; declaration_signature rows: %s; declarations SIGNED: %s; declared accounts: %s\n' \
    "${accepted}" "${rows}" "${signed}" "${accounts}"

log "results (${RESULTS_FILE})"
cat "${RESULTS_FILE}"
# shellcheck disable=SC1090
source "${RESULTS_FILE}"
printf '\n%s officers signing for %s s (after %s s of ramp-up), %s officers in the directory:\n' "${users}" \
    "${measure_seconds}" "${ramp_up}" "${OFFICERS}"
printf '  %s requests/s, %s signatures/s; p50 %s ms, p95 %s ms, p99 %s ms, max %s ms (goal p99 <= %s ms)\n' \
    "${REQUESTS_PER_SECOND}" "${SIGNATURES_PER_SECOND}" "${TOTAL_P50_MS}" "${TOTAL_P95_MS}" "${TOTAL_P99_MS}" \
    "${TOTAL_MAX_MS}" "${GOAL_P99_MS}"
printf '  sign: p50 %s ms, p95 %s ms, p99 %s ms; errors over the whole run: %s; queue ran out: %s; goal met: %s\n' \
    "${SIGN_P50_MS}" "${SIGN_P95_MS}" "${SIGN_P99_MS}" "${RUN_ERRORS}" "${QUEUE_EXHAUSTED}" "${GOAL_MET}"
if (( saturation_seconds > 0 )); then
    printf '  saturation (%s officers, no think time): %s requests/s, %s signatures/s, p50 %s ms, p99 %s ms, %s errors\n' \
        "${saturation_users}" "${SATURATION_REQUESTS_PER_SECOND}" "${SATURATION_SIGNATURES_PER_SECOND}" \
        "${SATURATION_TOTAL_P50_MS}" "${SATURATION_TOTAL_P99_MS}" "${SATURATION_RUN_ERRORS}"
fi
printf '  database: %s signatures for %s accepted: %s\n' "${SIGNATURE_ROWS}" "${POSTS_ACCEPTED}" \
    "$([[ "${SIGNATURES_MATCH}" == yes ]] && echo match || echo MISMATCH)"
[[ "${SIGNATURES_MATCH}" == yes ]] || exit 1
