#!/usr/bin/env bash
# make-exports.sh: the sample site in every other input form tiki2md reads, written from the
# database tiki2md_sample (load it first: bash input/generate/load-sample-db.sh, or make-dump.sh
# followed by load-sample-db.sh for the user). Run from the repository root. Writes
# test/fixtures/sample-forms/:
#   tab/           mysqldump --tab (real mysqldump; the server writes the .txt files).
#                  --default-character-set=binary: with utf8mb4 the server converts BLOB bytes
#                  that are not UTF-8 to "?" (observed with MariaDB 10.11), damaging attachments.
#   batch/         mysql --batch -e 'SELECT * FROM <table>' per table (real mysql client).
#   tiki-sample.json   phpMyAdmin JSON export. phpMyAdmin cannot be installed here, so
#                  phpmyadmin-json.mjs writes the shape phpMyAdmin's ExportJson.php writes, reading
#                  the live database.
#   tiki-export.tar    Tiki's page export (tiki-export_wiki_pages.php → dump/export.tar). Tiki cannot
#                  run here, so tiki-export.mjs writes what exportlib.php/ziplib.php write; GNU tar
#                  then checks that the archive reads.
# The live database URL for the two scripts: TIKI2MD_LIVE_URL (default: the read-only user).
set -euo pipefail

DB=tiki2md_sample
OUT=test/fixtures/sample-forms
URL=${TIKI2MD_LIVE_URL:-mysql://tiki2md_ro:tiki2md@127.0.0.1:3306/$DB}
# shellcheck disable=SC2206 # word splitting of MYSQL_ARGS is intended
extra=(${MYSQL_ARGS:-})
sql() { mysql "${extra[@]}" --default-character-set=utf8mb4 "$@"; }

# Keep the folder's .gitattributes (raw bytes, no line-end conversion) across regenerations.
attrs=$(cat "$OUT/.gitattributes" 2>/dev/null || printf '* -text\n')
rm -rf "$OUT"
mkdir -p "$OUT/tab" "$OUT/batch"
printf '%s\n' "$attrs" >"$OUT/.gitattributes"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
chmod 777 "$tmp"

mysqldump "${extra[@]}" --skip-dump-date --default-character-set=binary --tab="$tmp" "$DB"
cp "$tmp"/*.sql "$tmp"/*.txt "$OUT/tab/"

for table in $(sql -N -B "$DB" -e 'SHOW TABLES'); do
  sql --batch "$DB" -e "SELECT * FROM \`$table\`" >"$OUT/batch/$table.tsv"
done

node input/generate/phpmyadmin-json.mjs "$URL" >"$OUT/tiki-sample.json"
node input/generate/tiki-export.mjs "$URL" >"$OUT/tiki-export.tar"
tar -tf "$OUT/tiki-export.tar" >/dev/null

echo "wrote $OUT: tab/ ($(ls "$OUT/tab" | wc -l) files), batch/ ($(ls "$OUT/batch" | wc -l) files), tiki-sample.json, tiki-export.tar ($(tar -tf "$OUT/tiki-export.tar" | wc -l) pages)"
