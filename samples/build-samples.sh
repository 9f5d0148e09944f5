#!/bin/sh
# Rebuilds agresso-sample.db and csv/*.csv from agresso-sample.sql with the sqlite3 command-line shell.
# The CSV files are exported through the module's built-in queries, so they hold the same rows, in the same order,
# as the SQLite source returns them (a test checks it).
set -eu
cd "$(dirname "$0")"
queries=../src/N2fSync.Core/Agresso/Queries

rm -f agresso-sample.db
sqlite3 agresso-sample.db < agresso-sample.sql
sqlite3 agresso-sample.db 'VACUUM;'

# export <query file> <view> <field separator> <row separator>: the query's rows as CSV with a header line.
# Dot-commands are used because only they understand the \r\n escape.
export_csv() {
    printf '.headers on\n.mode csv\n.separator "%s" "%s"\n' "$3" "$4"
    sed "s/{view}/$2/" "$1"
    printf ';\n'
}

# Users: semicolon-delimited, UTF-8 with a BOM, CRLF lines, like an Excel "CSV UTF-8" export on a Belgian desktop.
{ printf '\357\273\277'; export_csv "$queries/users.sql" iris_N2F_User ';' '\r\n' | sqlite3 agresso-sample.db; } \
    > csv/iris_N2F_User.csv
# Analytics: comma-delimited, UTF-8 without a BOM, LF lines.
export_csv "$queries/analytics.sql" iris_N2F_Analytics ',' '\n' | sqlite3 agresso-sample.db > csv/iris_N2F_Analytics.csv
