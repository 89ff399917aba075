#!/usr/bin/env bash
# make-dump.sh: builds the embedded sample Tiki site as real mysqldump files.
#
# Run from the repository root:   npm run sample:dump   (= bash input/generate/make-dump.sh)
#
# Needs a running MariaDB server (10.11; `service mariadb start`) that the current user can reach
# through the client defaults (root over the unix socket on a dev box), plus `mysql`, `mysqldump`
# and Node 20. Extra client options can be passed in MYSQL_ARGS, e.g.
#   MYSQL_ARGS="--user=tiki --password=secret --host=127.0.0.1" bash input/generate/make-dump.sh
# The converter itself never needs MariaDB: it reads the .sql files written here.
#
# Steps:
#  1. node verify-planted.mjs: planted.json still matches the page bodies (skipped without
#     node_modules, since it uses the project's slugify).
#  2. node to-sql.mjs: site.mjs + pages/*.tiki -> INSERT statements; node write-files.mjs: the
#     attachment/gallery bytes Tiki kept on disk -> input/files/<path>.
#  3. Drop and create the database tiki2md_sample (this script touches no other database), load
#     Tiki's real schema (tiki-core.sql), widen pageName to a binary collation, load the inserts.
#  4. mysqldump three times:
#       default flags           -> input/tiki-sample.sql   (the sample the converter reads)
#       --skip-extended-insert  -> test/fixtures/dumps/sample-skip-extended-insert.sql
#       --hex-blob              -> test/fixtures/dumps/sample-hex-blob.sql
#     --skip-dump-date on all three, so a rerun on the same server version gives identical bytes
#     (otherwise the last line carries the local date and time).
#  5. Reload each dump into tiki2md_sample and check that CHECKSUM TABLE matches the original for
#     every table, and that page names, bodies and attachments are byte-identical to site.mjs.
#     The database is left holding the default dump.
# Afterwards regenerate the other input forms from it (test/load/sources.test.ts compares them with
# the dump): bash input/generate/load-sample-db.sh && bash input/generate/make-exports.sh
set -euo pipefail

DB=tiki2md_sample
GEN=input/generate
OUT_DEFAULT=input/tiki-sample.sql
OUT_SKIP=test/fixtures/dumps/sample-skip-extended-insert.sql
OUT_HEX=test/fixtures/dumps/sample-hex-blob.sql

if [[ ! -f $GEN/site.mjs ]]; then
  echo "make-dump.sh: run me from the repository root (no $GEN/site.mjs here)" >&2
  exit 1
fi

# shellcheck disable=SC2206 # word splitting of MYSQL_ARGS is intended
extra=(${MYSQL_ARGS:-})
sql() { mysql "${extra[@]}" --default-character-set=utf8mb4 "$@"; }
dump() { mysqldump "${extra[@]}" --default-character-set=utf8mb4 --skip-dump-date "$@" "$DB"; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# 1. planted expectations
if [[ -d node_modules/slugify ]]; then
  node $GEN/verify-planted.mjs
else
  echo "note: node_modules/slugify missing, skipping verify-planted.mjs (run npm install first)"
fi

# 2. inserts, and the files Tiki kept on disk (input/files/)
node $GEN/to-sql.mjs >"$tmp/inserts.sql"
node $GEN/write-files.mjs input/files

# 3. database
load_schema() {
  sql -e "DROP DATABASE IF EXISTS \`$DB\`; CREATE DATABASE \`$DB\`"
  # tiki-core.sql starts with ALTER DATABASE (no name), so it needs the database as default.
  sql "$DB" <$GEN/tiki-core.sql
}
load_schema
# Tiki's schema declares pageName UNIQUE in the database default collation, utf8mb4_unicode_ci,
# which compares case- and accent-insensitively: it would refuse 'sunlight' next to 'Sunlight' and
# 'Naïve …' next to 'Naive …'. Old installs that were created with binary collations (or converted
# byte-wise from latin1_bin) do hold such pairs, and a migration must cope with them, so the sample
# contains them. A binary collation on this one column lets them in, and the dump shows it, as a
# dump of such a site would.
sql "$DB" -e "ALTER TABLE tiki_pages MODIFY pageName varchar(160) COLLATE utf8mb4_bin NOT NULL DEFAULT ''"
sql "$DB" <"$tmp/inserts.sql"

tables=$(sql -N -B "$DB" -e "SHOW TABLES" | paste -sd, -)
checksums() { sql -N -B "$DB" -e "CHECKSUM TABLE ${tables//,/, }"; }
checksums >"$tmp/checksums.orig"

# 4. dumps
mkdir -p "$(dirname "$OUT_SKIP")"
dump >"$OUT_DEFAULT"
dump --skip-extended-insert >"$OUT_SKIP"
dump --hex-blob >"$OUT_HEX"

# 5. round trips (the default dump last, so the database is left holding it)
for file in "$OUT_SKIP" "$OUT_HEX" "$OUT_DEFAULT"; do
  sql -e "DROP DATABASE IF EXISTS \`$DB\`; CREATE DATABASE \`$DB\`"
  sql "$DB" <"$file"
  if ! checksums | diff -u "$tmp/checksums.orig" - >&2; then
    echo "make-dump.sh: $file does not reload to the same tables" >&2
    exit 1
  fi
  node $GEN/check-roundtrip.mjs --query | sql -N -B "$DB" | node $GEN/check-roundtrip.mjs
done

pages=$(sql -N -B "$DB" -e "SELECT COUNT(*) FROM tiki_pages")
echo "wrote $OUT_DEFAULT, $OUT_SKIP, $OUT_HEX ($pages pages)"
