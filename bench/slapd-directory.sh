#!/usr/bin/env bash
# A bench directory in a real OpenLDAP, for sizes the in-memory server cannot hold (1,000,000 officers): its own
# slapd instance (own config, own mdb database, own port), never the one CI configures in /etc/ldap.
#
#   bench/slapd-directory.sh OFFICERS RUN_DIR [PORT]
#
# Generates the demo agency with OFFICERS officers (the same deterministic generator), loads it offline with
# slapadd (slapd adds entryUUID and entryCSN), starts slapd on ldap://127.0.0.1:PORT/ (default 10389) and writes
# RUN_DIR/directory.env as BenchDirectory does. Etika binds as the rootdn (a random password), as in CI. No
# syncprov: a full sweep is a paged search, which is what this directory is for.
# Needs Debian's slapd (.ci/slapd.sh installs it) and bench/target/lib (bench/run.sh builds it).
set -euo pipefail

OFFICERS="$1"
RUN="$2"
PORT="${3:-10389}"
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BASE_DN="dc=jde,dc=example"
ADMIN_DN="cn=admin,${BASE_DN}"
DIR="${RUN}/slapd"
log() { printf '[slapd-directory] %s\n' "$*"; }

command -v slapd >/dev/null && command -v slapadd >/dev/null \
    || { echo "slapd not installed: apt-get install slapd ldap-utils (or run .ci/slapd.sh, which installs them)" >&2; exit 1; }
rm -rf "${DIR}"
mkdir -p "${DIR}/db"

# The Etika schema from its cn=config LDIF, in slapd.conf syntax (continuation lines stay indented).
sed -n '/^olc/,$p' "${REPO}/ldap-schema/src/main/resources/my/etika/ldapschema/etika-schema-openldap.ldif" \
    | sed -e 's/^olcAttributeTypes: /attributetype /' -e 's/^olcObjectClasses: /objectclass /' -e '/^#/d' \
    >"${DIR}/etika.schema"

password="$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
cat >"${DIR}/slapd.conf" <<EOF
include /etc/ldap/schema/core.schema
include /etc/ldap/schema/cosine.schema
include /etc/ldap/schema/nis.schema
include /etc/ldap/schema/inetorgperson.schema
include ${DIR}/etika.schema
modulepath /usr/lib/ldap
moduleload back_mdb
pidfile ${DIR}/slapd.pid
argsfile ${DIR}/slapd.args
sizelimit unlimited
timelimit unlimited
database mdb
maxsize 17179869184
suffix "${BASE_DN}"
rootdn "${ADMIN_DN}"
rootpw $(slappasswd -s "${password}")
directory ${DIR}/db
index objectClass eq
index uid,mail,employeeNumber eq
index member eq
index entryUUID eq
EOF

CP="$(find "${REPO}/ldap-schema/target" -maxdepth 1 -name 'etika-ldap-schema-*.jar' ! -name '*-sources.jar' | head -n 1)"
CP="${CP}:$(find "${REPO}/bench/target/lib" -name 'unboundid-ldapsdk-*.jar' | head -n 1)"
log "generating ${OFFICERS} officers"
java -Xmx2g -cp "${CP}" my.etika.ldapschema.demo.GenerateDemoDirectory --officers "${OFFICERS}" --no-entry-uuid \
    --out "${DIR}/demo.ldif"
entries="$(grep -c '^dn: ' "${DIR}/demo.ldif")"
log "loading ${entries} entries with slapadd"
start=${SECONDS}
slapadd -q -f "${DIR}/slapd.conf" -l "${DIR}/demo.ldif"
log "loaded in $((SECONDS - start)) s"
rm -f "${DIR}/demo.ldif"

slapd -f "${DIR}/slapd.conf" -h "ldap://127.0.0.1:${PORT}/"
for _ in $(seq 1 60); do
    ldapsearch -x -H "ldap://127.0.0.1:${PORT}/" -b "" -s base namingContexts >/dev/null 2>&1 && break
    sleep 0.5
done

umask 077
cat >"${RUN}/directory.env" <<EOF
BENCH_LDAP_PORT='${PORT}'
BENCH_DIRECTORY_PID='$(cat "${DIR}/slapd.pid")'
BENCH_OFFICERS='${OFFICERS}'
BENCH_ENTRIES='${entries}'
ETIKA_DIRECTORY_URL='ldap://127.0.0.1:${PORT}'
ETIKA_DIRECTORY_BIND_DN='${ADMIN_DN}'
ETIKA_DIRECTORY_BIND_PASSWORD='${password}'
ETIKA_DIRECTORY_PEOPLE_BASE_DN='ou=people,${BASE_DN}'
ETIKA_DIRECTORY_GROUP_BASE_DN='ou=groups,${BASE_DN}'
BENCH_HR_LOGIN='demo.hr'
BENCH_DEMO_PASSWORD='$(sed -n 's/^demo.password=//p' "${REPO}/ldap-schema/src/main/resources/my/etika/ldapschema/demo/demo-defaults.properties")'
EOF
log "slapd on ldap://127.0.0.1:${PORT}/ (pid $(cat "${DIR}/slapd.pid"))"
