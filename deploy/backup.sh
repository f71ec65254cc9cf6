#!/usr/bin/env bash
# Backs up a running portal: a consistent online dump of its MariaDB database and a copy of its
# attachment files, into one new directory with a SHA-256 manifest of every file in it.
#
#   set -a; . /etc/boforum/boforum.env; set +a
#   deploy/backup.sh [--allow-missing-files] [TARGET_DIRECTORY]
#                                  # default directory: $BOFORUM_BACKUP_DIRECTORY, else backups
#
# An attachment the database names but the files directory lacks (or cannot be read) fails the
# backup; with --allow-missing-files it is listed as a warning and counted in backup.properties
# (restore.sh's safety backup of a damaged installation).
#
# Reads the portal's own settings: BOFORUM_DB_URL, BOFORUM_DB_USER, BOFORUM_DB_PASSWORD and
# BOFORUM_FILES_DIRECTORY (default data/files, relative to the directory the portal runs in: run
# this from there, or set an absolute path). The client programs: mariadb-dump and mariadb on the
# PATH, or BOFORUM_MARIADB_BIN (the run command's: target/mariadb/bin).
#
# Writes TARGET_DIRECTORY/boforum-<UTC time>/ with
#   database.sql.gz    mariadb-dump --single-transaction (InnoDB: one snapshot, nothing locked)
#   files/             the attachment directory (without incoming/, uploads being checked)
#   backup.properties  when, from where, the Flyway schema version, the server's version, counts
#   SHA256SUMS         sha256sum of every other file (restore.sh checks it; so does `sha256sum -c`)
# The directory is named .partial until everything is written, and its path is the one line on
# standard output. Exit codes: 0 written, 1 failed (nothing complete is left), 2 wrong settings.
#
# The search index is not backed up: it is rebuilt from the database (deploy/reindex.sh).
set -euo pipefail
umask 077

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=deploy/lib/database.sh
. "$here/lib/database.sh"

allow_missing=false
if [ "${1:-}" = --allow-missing-files ]; then
  allow_missing=true
  shift
fi
if [ $# -gt 1 ] || [[ "${1:-}" == -* ]]; then
  fail 2 "usage: deploy/backup.sh [--allow-missing-files] [TARGET_DIRECTORY]"
fi
target="${1:-${BOFORUM_BACKUP_DIRECTORY:-backups}}"
files_dir="${BOFORUM_FILES_DIRECTORY:-data/files}"

parse_db_url
find_clients
option_file=""
partial=""
# Set before the option file (it holds the password) exists, so that no exit leaves it behind.
trap 'rm -f "$option_file"; if [ -n "$partial" ]; then rm -f "$partial.sums"; if [ -d "$partial" ]; then rm -rf "$partial"; note "Backup failed; nothing kept."; fi; fi' EXIT
write_option_file
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$target"
final="$target/boforum-$stamp"
if [ -e "$final" ] || [ -e "$final.partial" ]; then
  fail 2 "$final exists already"
fi
# Ours (and removed by the trap on failure) only once mkdir made it: a backup started in the same
# second by another run fails here and leaves the other's directory alone.
mkdir "$final.partial" || fail 2 "$final.partial exists already"
partial="$final.partial"
mkdir "$partial/files"

if ! server_version="$(sql "SELECT VERSION()")"; then
  fail 1 "Cannot reach the database $db_name at $db_host:$db_port as ${BOFORUM_DB_USER:-boforum}"
fi
flyway_version="$(sql "SELECT version FROM flyway_schema_history WHERE success = 1 AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1" 2>/dev/null || true)"
[ -n "$flyway_version" ] || fail 1 "No Flyway schema history in $db_name: is this the portal's database?"
not_innodb="$(sql "SELECT GROUP_CONCAT(TABLE_NAME) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE' AND ENGINE <> 'InnoDB'")"
if [ -n "$not_innodb" ] && [ "$not_innodb" != NULL ]; then
  note "WARNING: not InnoDB, so not inside the dump's snapshot: $not_innodb"
fi

# Copies what is not in the backup yet. Attachment files never change once written, but one can be
# removed while tar reads the tree, and open-data exports are built and old ones deleted beside
# them: tar's exit 1 ("some files differ") is accepted, exports being built are left out. A file
# that cannot be read (permissions, an I/O error) is exit 2: the backup fails.
copy_files() {
  # With --allow-missing-files an unreadable file is skipped (tar says which on standard error);
  # the check after the dump counts the attachments among them with the missing ones (an
  # open-data export skipped is not counted: it is built again).
  local unreadable=()
  [ "$allow_missing" = true ] && unreadable=(--ignore-failed-read)
  if [ -d "$files_dir" ]; then
    { tar -C "$files_dir" --exclude=./incoming --exclude='./open-data/building-*' \
      "${unreadable[@]}" --warning=no-file-changed --warning=no-file-removed -cf - . ||
      [ $? -eq 1 ]; } | tar -C "$partial/files" --skip-old-files -xf -
  fi
}

note "Backing up $db_name at $db_host:$db_port (MariaDB $server_version, schema version $flyway_version) and $files_dir into $final"
started=$SECONDS
# The files are copied before and after the dump: the dump's snapshot is taken between the two,
# so every attachment its rows name is in one of the copies (the second adds uploads made during
# the dump; a file removed meanwhile stays, unreferenced, which is harmless).
# Attachments the dump's snapshot will hold: every row numbered up to here (checked below).
last_attachment="$(sql "SELECT COALESCE(MAX(id), 0) FROM attachment")"
if [ -d "$files_dir" ]; then
  copy_files
else
  note "WARNING: no attachment directory at $files_dir (BOFORUM_FILES_DIRECTORY); backing up the database alone"
fi
"$mariadb_dump" --defaults-extra-file="$option_file" --single-transaction --routines --triggers \
  --events --hex-blob --default-character-set=utf8mb4 --skip-dump-date "$db_name" |
  gzip -6 >"$partial/database.sql.gz"
copy_files
# Every attachment that was in the database before the dump and is still there must be in the
# backup: a file that could not be copied would otherwise pass unseen, SHA256SUMS and all.
missing="$(sql "SELECT storage_key FROM attachment WHERE id <= $last_attachment ORDER BY id" |
  while IFS= read -r key; do [ -f "$partial/files/$key" ] || printf '%s\n' "$key"; done)"
missing_count=0
if [ -n "$missing" ]; then
  # Here-strings, not pipes from printf: head would end such a pipe early, which pipefail makes
  # an error once the list outgrows the pipe's buffer.
  missing_count="$(wc -l <<<"$missing")"
  said="$missing_count attachment files the database names are not in the backup (not in $files_dir, or not readable), for example: $(sed -n 1,3p <<<"$missing" | tr '\n' ' ')"
  [ "$allow_missing" = true ] || fail 1 "$said (--allow-missing-files backs up without them)"
  note "WARNING: $said"
fi

tables="$(sql "SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()")"
file_count="$(find "$partial/files" -type f | wc -l)"
{
  echo "format=boforum-backup-1"
  echo "created=$stamp"
  echo "database=$db_name"
  echo "database_host=$db_host:$db_port"
  echo "server_version=$server_version"
  echo "flyway_version=$flyway_version"
  echo "tables=$tables"
  echo "files_directory=$files_dir"
  echo "attachment_files=$file_count"
  echo "attachment_files_missing=$missing_count"
  echo "dump_tool=$("$mariadb_dump" --version)"
} >"$partial/backup.properties"
(cd "$partial" && find . -type f -print0 | sort -z | xargs -0 -r sha256sum) >"$partial.sums"
mv "$partial.sums" "$partial/SHA256SUMS"
mv "$partial" "$final"
note "Done in $((SECONDS - started)) s: $(du -sh "$final" | cut -f1), $tables tables, $file_count files, schema version $flyway_version"
echo "$final"
