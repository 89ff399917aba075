#!/usr/bin/env bash
# load-sample-db.sh: loads the embedded sample (input/tiki-sample.sql) into a running MariaDB as the
# database tiki2md_sample, a small latin1 site as tiki2md_latin1, and the read-only user the
# live-source tests connect with:
#   mysql://tiki2md_ro:tiki2md@127.0.0.1:3306/tiki2md_sample   (SELECT on these two databases only)
# Run from the repository root as a user the client defaults let in as an administrator (root
# over the unix socket on Debian). Extra client options go in MYSQL_ARGS. Used by .ci/run.
set -euo pipefail

DB=tiki2md_sample
# shellcheck disable=SC2206 # word splitting of MYSQL_ARGS is intended
extra=(${MYSQL_ARGS:-})
sql() { mysql "${extra[@]}" --default-character-set=utf8mb4 "$@"; }

sql -e "DROP DATABASE IF EXISTS \`$DB\`; CREATE DATABASE \`$DB\`"
sql "$DB" <input/tiki-sample.sql
# A small old site with latin1 tables (test/fixtures/live/latin1-site.sql), for the charset tests.
sql -e "DROP DATABASE IF EXISTS tiki2md_latin1; CREATE DATABASE tiki2md_latin1 CHARACTER SET latin1"
sql tiki2md_latin1 <test/fixtures/live/latin1-site.sql
for host in localhost 127.0.0.1; do
  sql -e "CREATE USER IF NOT EXISTS 'tiki2md_ro'@'$host' IDENTIFIED BY 'tiki2md'"
  sql -e "GRANT SELECT ON \`$DB\`.* TO 'tiki2md_ro'@'$host'; GRANT SELECT ON tiki2md_latin1.* TO 'tiki2md_ro'@'$host'"
done
echo "loaded input/tiki-sample.sql into $DB ($(sql -N -B "$DB" -e 'SELECT COUNT(*) FROM tiki_pages') pages) and tiki2md_latin1; read-only user tiki2md_ro"
