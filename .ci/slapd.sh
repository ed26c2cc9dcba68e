#!/usr/bin/env bash
# A real OpenLDAP for CI (Debian 12, run as root): installs slapd, starts it on ldap://127.0.0.1:3890/ and
# ldapi:///, loads the Etika schema and the generated demo agency (dc=jde,dc=example), and fails if slapd
# rejects any generated entry. Idempotent: a second run reuses the installation and reloads the same data.
#
# Needs the ldap-schema module built (ldap-schema/target/etika-ldap-schema-*.jar) and the UnboundID SDK in the
# local Maven repository. Environment:
#   ETIKA_SLAPD_ADMIN_PASSWORD  rootdn password to use (default: the one in the env file, else a random one)
#   ETIKA_SLAPD_ENV_FILE        where to write ETIKA_SLAPD_ADMIN_PASSWORD=... for later steps
#                               (default target/slapd.env; a relative path is taken from the repository root)
#   ETIKA_SLAPD_OFFICERS        officers to generate (default 2000)
#   ETIKA_M2_REPOSITORY         local Maven repository (default ~/.m2/repository)
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
readonly REPO_ROOT
readonly DOMAIN="jde.example"
readonly ORGANIZATION="Jabatan Demo Etika"
readonly BASE_DN="dc=jde,dc=example"
readonly ADMIN_DN="cn=admin,${BASE_DN}"
readonly LDAP_URL="ldap://127.0.0.1:3890/"
readonly LDAPI_URL="ldapi:///"
readonly RUN_DIR="/var/run/slapd"
readonly CONFIG_DIR="/etc/ldap/slapd.d"
readonly SCHEMA_LDIF="${REPO_ROOT}/ldap-schema/src/main/resources/my/etika/ldapschema/etika-schema-openldap.ldif"
readonly OFFICERS="${ETIKA_SLAPD_OFFICERS:-2000}"
readonly M2_REPOSITORY="${ETIKA_M2_REPOSITORY:-${HOME}/.m2/repository}"
readonly WORK_DIR="${REPO_ROOT}/ldap-schema/target/slapd"

env_file="${ETIKA_SLAPD_ENV_FILE:-target/slapd.env}"
[[ "${env_file}" == /* ]] || env_file="${REPO_ROOT}/${env_file}"
readonly ENV_FILE="${env_file}"

log() { printf 'slapd.sh: %s\n' "$*"; }
die() { printf 'slapd.sh: ERROR: %s\n' "$*" >&2; exit 1; }

# ldapi TOOL ARGS...: run an ldap-utils tool as the local root user (SASL EXTERNAL over the Unix socket).
ldapi() { local tool="$1"; shift; "${tool}" -Q -Y EXTERNAL -H "${LDAPI_URL}" -o ldif-wrap=no "$@"; }

choose_admin_password() {
    if [[ -n "${ETIKA_SLAPD_ADMIN_PASSWORD:-}" ]]; then
        printf '%s' "${ETIKA_SLAPD_ADMIN_PASSWORD}"
    elif [[ -f "${ENV_FILE}" ]] && grep -q '^ETIKA_SLAPD_ADMIN_PASSWORD=' "${ENV_FILE}"; then
        # The file is ours (see env_line), so sourcing it in a subshell reads the value back exactly.
        # shellcheck disable=SC1090
        (unset ETIKA_SLAPD_ADMIN_PASSWORD; . "${ENV_FILE}"; printf '%s' "${ETIKA_SLAPD_ADMIN_PASSWORD:-}")
    else
        head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9'
    fi
}

preseed_debconf() {
    debconf-set-selections <<EOF
slapd slapd/no_configuration boolean false
slapd slapd/password1 password ${ADMIN_PASSWORD}
slapd slapd/password2 password ${ADMIN_PASSWORD}
slapd slapd/domain string ${DOMAIN}
slapd shared/organization string ${ORGANIZATION}
slapd slapd/purge_database boolean true
slapd slapd/move_old_database boolean true
EOF
}

install_packages() {
    if dpkg-query -W -f='${Status}\n' slapd ldap-utils 2>/dev/null | grep -c '^install ok installed$' \
            | grep -qx 2; then
        log "slapd and ldap-utils already installed"
        return
    fi
    log "installing slapd and ldap-utils"
    preseed_debconf
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends slapd ldap-utils >/dev/null
}

pid_file() {
    local configured
    configured="$(sed -n 's/^olcPidFile: //p' "${CONFIG_DIR}/cn=config.ldif" 2>/dev/null || true)"
    printf '%s' "${configured:-${RUN_DIR}/slapd.pid}"
}

# Stops the slapd this script started earlier (recognised by its listener URL); refuses to touch another one.
stop_previous_instance() {
    local pidfile pid
    pidfile="$(pid_file)"
    [[ -f "${pidfile}" ]] || return 0
    pid="$(cat "${pidfile}")"
    if ! kill -0 "${pid}" 2>/dev/null; then
        rm -f "${pidfile}"
        return 0
    fi
    if ! tr '\0' ' ' <"/proc/${pid}/cmdline" | grep -qF -- "${LDAP_URL}"; then
        die "a slapd not started by this script is running (pid ${pid}); stop it first"
    fi
    log "stopping the slapd started earlier (pid ${pid})"
    kill "${pid}"
    for _ in $(seq 1 60); do
        kill -0 "${pid}" 2>/dev/null || return 0
        sleep 0.5
    done
    die "slapd (pid ${pid}) did not stop within 30 s"
}

start_slapd() {
    install -d -o openldap -g openldap -m 0755 "${RUN_DIR}"
    log "starting slapd on ${LDAP_URL} and ${LDAPI_URL}"
    slapd -h "${LDAP_URL} ${LDAPI_URL}" -u openldap -g openldap -F "${CONFIG_DIR}"
    for _ in $(seq 1 60); do
        if ldapi ldapsearch -LLL -b "" -s base namingContexts >/dev/null 2>&1; then
            return 0
        fi
        sleep 0.5
    done
    die "slapd did not answer on ${LDAPI_URL} within 30 s"
}

database_dn() {
    ldapi ldapsearch -LLL -b cn=config "(olcSuffix=${BASE_DN})" dn | sed -n 's/^dn: //p'
}

# An earlier installation for another domain is reconfigured (its database is moved aside by the package).
ensure_suffix() {
    if [[ -n "$(database_dn)" ]]; then
        return
    fi
    log "no database for ${BASE_DN}: reconfiguring slapd for ${DOMAIN}"
    stop_previous_instance
    preseed_debconf
    DEBIAN_FRONTEND=noninteractive dpkg-reconfigure -f noninteractive slapd >/dev/null
    start_slapd
    [[ -n "$(database_dn)" ]] || die "slapd still has no database for ${BASE_DN}"
}

# The rootdn password is (re)set on every run so that it always matches the env file.
set_admin_password() {
    local hash
    hash="$(slappasswd -T "${PASSWORD_FILE}")"
    ldapi ldapmodify >/dev/null <<EOF
dn: $(database_dn)
changetype: modify
replace: olcRootPW
olcRootPW: ${hash}
EOF
}

load_schema() {
    local schemas
    schemas="$(ldapi ldapsearch -LLL -b cn=schema,cn=config -s one dn)"
    if grep -q '^dn: cn={[0-9]*}etika,cn=schema,cn=config$' <<<"${schemas}"; then
        log "Etika schema already loaded"
        return
    fi
    log "loading the Etika schema"
    ldapi ldapadd -f "${SCHEMA_LDIF}" >/dev/null
}

generate_ldif() {
    local jar version sdk
    jar="$(find "${REPO_ROOT}/ldap-schema/target" -maxdepth 1 -name 'etika-ldap-schema-*.jar' \
        ! -name '*-sources.jar' ! -name '*-javadoc.jar' ! -name '*-tests.jar' | head -n 1)"
    [[ -n "${jar}" ]] || die "ldap-schema jar not found: build it first (./mvnw -f ldap-schema/pom.xml package)"
    version="$(sed -n 's:.*<version.unboundid>\(.*\)</version.unboundid>.*:\1:p' "${REPO_ROOT}/pom.xml" | head -n 1)"
    sdk="${M2_REPOSITORY}/com/unboundid/unboundid-ldapsdk/${version}/unboundid-ldapsdk-${version}.jar"
    [[ -f "${sdk}" ]] || die "UnboundID LDAP SDK ${version} not found at ${sdk}"
    command -v java >/dev/null || die "java not found"

    mkdir -p "${WORK_DIR}"
    # OpenLDAP refuses a client-supplied entryUUID on add: slapd generates its own.
    java -cp "${jar}:${sdk}" my.etika.ldapschema.demo.GenerateDemoDirectory \
        --officers "${OFFICERS}" --no-entry-uuid --out "${WORK_DIR}/demo.ldif"
    # The package created the base entry already: drop the LDIF's first record, which must be exactly that.
    [[ "$(head -n 1 "${WORK_DIR}/demo.ldif")" == "dn: ${BASE_DN}" ]] \
        || die "the generated LDIF does not start with ${BASE_DN}"
    awk 'BEGIN { RS = ""; ORS = "\n\n" } NR > 1' "${WORK_DIR}/demo.ldif" >"${WORK_DIR}/demo-below-base.ldif"
}

# admin TOOL ARGS...: run an ldap-utils tool bound as the rootdn over TCP.
admin() {
    local tool="$1"
    shift
    "${tool}" -x -H "${LDAP_URL}" -D "${ADMIN_DN}" -y "${PASSWORD_FILE}" -o ldif-wrap=no "$@"
}

# Entries from an earlier run are deleted so that the directory ends up exactly as generated.
remove_previous_data() {
    local ou
    for ou in people groups services; do
        if admin ldapsearch -LLL -b "ou=${ou},${BASE_DN}" -s base dn >/dev/null 2>&1; then
            log "removing ou=${ou},${BASE_DN} from an earlier run"
            admin ldapdelete -r "ou=${ou},${BASE_DN}"
        fi
    done
}

count_below_base() {
    admin ldapsearch -LLL -b "${BASE_DN}" -s sub '(objectClass=*)' 1.1 | grep -c '^dn: ' || true
}

add_entries() {
    local expected status=0 attempted failed present
    expected="$(grep -c '^dn: ' "${WORK_DIR}/demo-below-base.ldif")"
    admin ldapadd -c -f "${WORK_DIR}/demo-below-base.ldif" \
        >"${WORK_DIR}/ldapadd.out" 2>"${WORK_DIR}/ldapadd.err" || status=$?
    attempted="$(grep -c '^adding new entry' "${WORK_DIR}/ldapadd.out" || true)"
    failed="$(grep -c '^ldap_add: ' "${WORK_DIR}/ldapadd.err" || true)"
    if (( status != 0 || failed > 0 || attempted != expected )); then
        sed -n '1,40p' "${WORK_DIR}/ldapadd.err" >&2
        die "slapd rejected ${failed} of ${expected} generated entries (attempted ${attempted}, ldapadd exit ${status})"
    fi
    present="$(( $(count_below_base) - 1 ))"
    (( present == expected )) || die "expected ${expected} entries below ${BASE_DN}, found ${present}"
    log "added $(( attempted - failed )) entries below ${BASE_DN} (${OFFICERS} officers + demo logins, groups, OUs)"
}

# Etika reads role membership from groupOfNames/member, so slapd needs no memberof overlay: check that lookup.
check_group_lookup() {
    local hr_dn head_dn groups
    hr_dn="$(admin ldapsearch -LLL -b "ou=people,${BASE_DN}" '(uid=demo.hr)' 1.1 | sed -n 's/^dn: //p')"
    [[ -n "${hr_dn}" ]] || die "demo.hr not found"
    groups="$(admin ldapsearch -LLL -b "ou=groups,${BASE_DN}" "(member=${hr_dn})" cn | sed -n 's/^cn: //p')"
    [[ "${groups}" == "etika-hr" ]] || die "expected demo.hr in exactly etika-hr, found: ${groups:-none}"
    # the head of the integrity unit is in two groups (two roles)
    head_dn="$(admin ldapsearch -LLL -b "ou=people,${BASE_DN}" '(uid=demo.integriti)' 1.1 | sed -n 's/^dn: //p')"
    [[ -n "${head_dn}" ]] || die "demo.integriti not found"
    groups="$(admin ldapsearch -LLL -b "ou=groups,${BASE_DN}" "(member=${head_dn})" cn | sed -n 's/^cn: //p' \
        | sort | paste -sd ' ')"
    [[ "${groups}" == "etika-integriti etika-integriti-ketua" ]] \
        || die "expected demo.integriti in etika-integriti and etika-integriti-ketua, found: ${groups:-none}"
    log "groups resolve by member without the memberof overlay"
}

# NAME=value, readable by `source` and by dotenv parsers; shell-quoted only if the value needs it.
env_line() {
    if [[ "$2" =~ ^[A-Za-z0-9=,:/._@+-]*$ ]]; then
        printf '%s=%s\n' "$1" "$2"
    else
        printf '%s=%q\n' "$1" "$2"
    fi
}

write_env_file() {
    mkdir -p "$(dirname "${ENV_FILE}")"
    (
        umask 077
        {
            env_line ETIKA_SLAPD_ADMIN_PASSWORD "${ADMIN_PASSWORD}"
            env_line ETIKA_SLAPD_ADMIN_DN "${ADMIN_DN}"
            env_line ETIKA_SLAPD_URL "${LDAP_URL}"
            env_line ETIKA_SLAPD_BASE_DN "${BASE_DN}"
        } >"${ENV_FILE}"
    )
    log "admin credentials written to ${ENV_FILE}"
}

# RFC 4533 content sync for Etika's incremental sync: the syncprov overlay (with a session log, so that an
# incremental refresh can list deletions instead of sending every present entry) and the indexes it needs.
enable_syncprov() {
    local database modules overlays indexes
    database="$(database_dn)"
    # Read first, then match: cn=config attributes such as olcModuleLoad have no substring matching rule, and
    # `ldapsearch | grep -q` could fail on SIGPIPE under pipefail.
    modules="$(ldapi ldapsearch -LLL -b cn=config "(objectClass=olcModuleList)" olcModuleLoad)"
    if ! grep -Eq '^olcModuleLoad: (\{[0-9]+\})?syncprov(\.la)?$' <<<"${modules}"; then
        log "loading the syncprov module"
        printf 'dn: cn=module{0},cn=config\nchangetype: modify\nadd: olcModuleLoad\nolcModuleLoad: syncprov\n' \
            | ldapi ldapmodify >/dev/null
    fi
    overlays="$(ldapi ldapsearch -LLL -b "${database}" -s one "(objectClass=olcSyncProvConfig)" dn)"
    if ! grep -q '^dn:' <<<"${overlays}"; then
        log "adding the syncprov overlay to ${database}"
        printf 'dn: olcOverlay=syncprov,%s\nobjectClass: olcOverlayConfig\nobjectClass: olcSyncProvConfig\nolcOverlay: syncprov\nolcSpCheckpoint: 100 10\nolcSpSessionLog: 10000\n' \
            "${database}" | ldapi ldapadd >/dev/null
    fi
    indexes="$(ldapi ldapsearch -LLL -b "${database}" -s base olcDbIndex)"
    if ! grep -q 'entryUUID' <<<"${indexes}"; then
        log "indexing entryUUID and entryCSN"
        printf 'dn: %s\nchangetype: modify\nadd: olcDbIndex\nolcDbIndex: entryUUID eq\nolcDbIndex: entryCSN eq\n' \
            "${database}" | ldapi ldapmodify >/dev/null
    fi
}

main() {
    [[ "$(id -u)" -eq 0 ]] || die "run as root"
    ADMIN_PASSWORD="$(choose_admin_password)"
    [[ -n "${ADMIN_PASSWORD}" ]] || die "empty admin password"
    PASSWORD_FILE="$(mktemp)"
    trap 'rm -f "${PASSWORD_FILE}"' EXIT
    printf '%s' "${ADMIN_PASSWORD}" >"${PASSWORD_FILE}"

    install_packages
    stop_previous_instance
    start_slapd
    ensure_suffix
    set_admin_password
    write_env_file
    load_schema
    enable_syncprov
    generate_ldif
    remove_previous_data
    add_entries
    check_group_lookup
}

main "$@"
