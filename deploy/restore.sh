#!/usr/bin/env bash
# Puts a backup made by backup.sh back: the database and the attachment files. The portal must be
# stopped (every instance): this script stops nothing, and refuses to start without being told.
#
#   set -a; . /etc/boforum/boforum.env; set +a
#   deploy/restore.sh --yes-the-portal-is-stopped [--then-reindex] [--no-safety-backup]
#                     [--new-files-directory] BACKUP_DIRECTORY
#
# Settings as backup.sh's (BOFORUM_DB_URL, _USER, _PASSWORD, BOFORUM_FILES_DIRECTORY,
# BOFORUM_MARIADB_BIN). The files directory must exist (a relative BOFORUM_FILES_DIRECTORY is read
# from the current directory: run from the portal's), unless --new-files-directory says that this
# is a new installation; it must not be a mount point (step 6 renames it): mount the share one level
# up and name a directory inside it. In this order it:
#  1. checks every file of the backup against its SHA256SUMS, and that no file is missing or extra;
#  2. refuses if the database user has other connections open (a portal instance still running);
#  3. backs up what is there now (backup.sh into BOFORUM_BACKUP_DIRECTORY, else the backup's own
#     parent directory), unless --no-safety-backup;
#  4. copies the backup's files into a new directory beside BOFORUM_FILES_DIRECTORY and checks them;
#  5. drops every table, view, routine and event of the configured database and loads the dump;
#  6. swaps the attachment directories by renaming: the old one is kept as <dir>.before-restore-<time>.
# Then start the portal; the search index still holds what it held before, so rebuild it from the
# database (deploy/reindex.sh). With --then-reindex this script waits for the portal at BOFORUM_URL
# to be ready and runs deploy/reindex.sh itself (BOFORUM_ADMIN_EMAIL and _PASSWORD needed).
#
# Exit codes: 0 restored (and reindexed, if asked), 1 failed while restoring (the message says what
# state things are in; running it again is safe), 2 refused before anything changed (usage,
# settings, checksums), 3 the portal seems to be running, 4 restored but the reindex failed.
set -euo pipefail
umask 077

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=deploy/lib/database.sh
. "$here/lib/database.sh"

usage="usage: deploy/restore.sh --yes-the-portal-is-stopped [--then-reindex] [--no-safety-backup] [--new-files-directory] BACKUP_DIRECTORY"
stopped=false
reindex=false
safety=true
new_files=false
backup=""
for arg in "$@"; do
  case "$arg" in
    --yes-the-portal-is-stopped) stopped=true ;;
    --then-reindex) reindex=true ;;
    --no-safety-backup) safety=false ;;
    --new-files-directory) new_files=true ;;
    -*) fail 2 "unknown option $arg; $usage" ;;
    *) [ -z "$backup" ] || fail 2 "$usage"; backup="$arg" ;;
  esac
done
[ -n "$backup" ] || fail 2 "$usage"
if [ "$stopped" != true ]; then
  fail 2 "Stop every instance of the portal first, then run again with --yes-the-portal-is-stopped. $usage"
fi
if [ "$reindex" = true ] && { [ -z "${BOFORUM_ADMIN_EMAIL:-}" ] || [ -z "${BOFORUM_ADMIN_PASSWORD:-}" ]; }; then
  fail 2 "--then-reindex needs BOFORUM_ADMIN_EMAIL and BOFORUM_ADMIN_PASSWORD (and BOFORUM_URL) of an administrator"
fi
backup="${backup%/}"
for part in SHA256SUMS database.sql.gz backup.properties; do
  [ -f "$backup/$part" ] || fail 2 "$backup is not a backup made by deploy/backup.sh (no $part)"
done
files_dir="${BOFORUM_FILES_DIRECTORY:-data/files}"
files_dir="${files_dir%/}"
if [ ! -d "$files_dir" ] && [ "$new_files" != true ]; then
  fail 2 "No files directory at $(realpath -m "$files_dir"): run from the portal's directory or set BOFORUM_FILES_DIRECTORY to an absolute path (--new-files-directory for a new installation). Nothing was touched."
fi
if [ -d "$files_dir" ] && mountpoint -q "$files_dir"; then
  fail 2 "$files_dir is a mount point, which cannot be swapped by renaming: mount the share one level up and set BOFORUM_FILES_DIRECTORY to a directory inside it. Nothing was touched."
fi
note "   files directory: $(realpath -m "$files_dir")"

note "1. Checking the checksums of $backup ..."
if ! (cd "$backup" && sha256sum --check --strict --quiet SHA256SUMS); then
  fail 2 "The backup does not match its SHA256SUMS: it is damaged or was changed. Nothing was touched."
fi
listed="$(sed -E 's/^[0-9a-f]{64} [ *]//' "$backup/SHA256SUMS" | sort)"
present="$(cd "$backup" && find . -type f ! -name SHA256SUMS | sort)"
if [ "$listed" != "$present" ]; then
  note "$(diff <(echo "$listed") <(echo "$present") || true)"
  fail 2 "The backup holds files its SHA256SUMS does not list, or the other way round. Nothing was touched."
fi
property() { sed -n "s/^$1=//p" "$backup/backup.properties"; }
note "   $(grep -c . "$backup/SHA256SUMS") files match. Backup of $(property created), schema version $(property flyway_version), $(property attachment_files) attachment files."

parse_db_url
find_clients
write_option_file
restoring=""
trap 'rm -f "$option_file"; if [ -n "$restoring" ] && [ -d "$restoring" ]; then rm -rf "$restoring"; fi' EXIT

note "2. Checking that the portal is stopped ..."
sql "SELECT 1" >/dev/null || fail 2 "Cannot reach the database $db_name at $db_host:$db_port as ${BOFORUM_DB_USER:-boforum}"
# Without the PROCESS privilege an account sees only its own connections: the portal's pool.
others="$(sql "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE ID <> CONNECTION_ID() AND USER = SUBSTRING_INDEX(USER(), '@', 1)")"
if [ "$others" != 0 ]; then
  fail 3 "$others other connections of ${BOFORUM_DB_USER:-boforum} are open to the database: a portal instance (or another program) still uses it. Stop them all and run again."
fi

existing="$(sql "SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()")"
# A backup made by a newer portal than the one that will open it: Flyway starts an older portal on
# the newer schema without a word (it ignores migrations it does not know), and pages may fail. The
# database's own version stands for the portal installed now (an empty database says nothing).
backup_version="$(property flyway_version)"
current_version="$(sql "SELECT version FROM flyway_schema_history WHERE success = 1 AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1" 2>/dev/null || true)"
if [ -n "$current_version" ] && [ -n "$backup_version" ] && [ "$backup_version" != "$current_version" ] &&
  [ "$(printf '%s\n%s\n' "$backup_version" "$current_version" | sort -V | tail -1)" = "$backup_version" ]; then
  note "   WARNING: this backup has schema version $backup_version, newer than the database's now ($current_version):"
  note "   start the portal version that made the backup (or a newer one): an older one would run on a schema it does not know."
fi
if [ "$existing" = 0 ]; then
  note "3. The database is empty: nothing to keep before restoring."
elif [ "$safety" = true ]; then
  note "3. Backing up what is there now, in case this restore was a mistake ..."
  safety_dir="$(BOFORUM_BACKUP_DIRECTORY="${BOFORUM_BACKUP_DIRECTORY:-$(dirname "$backup")}" "$here/backup.sh" --allow-missing-files)" ||
    fail 2 "The safety backup failed; nothing was restored. (--no-safety-backup skips it.)"
  note "   kept in $safety_dir"
else
  note "3. No safety backup (--no-safety-backup)."
fi

stamp="$(date -u +%Y%m%dT%H%M%SZ)"
restoring="$files_dir.restoring-$stamp"
note "4. Copying the attachment files into $restoring ..."
mkdir -p "$(dirname "$files_dir")"
mkdir "$restoring"
cp -a "$backup/files/." "$restoring/"
file_sums="$(sed -nE 's#^([0-9a-f]{64} [ *])\./files/#\1./#p' "$backup/SHA256SUMS")"
if [ -n "$file_sums" ] && ! (cd "$restoring" && sha256sum --check --strict --quiet - <<<"$file_sums"); then
  fail 1 "The copied files do not match the backup (disk full?). The database and $files_dir are untouched."
fi

note "5. Loading the database $db_name at $db_host:$db_port ..."
drops="$(sql "SELECT CONCAT('DROP ', CASE TABLE_TYPE WHEN 'VIEW' THEN 'VIEW' WHEN 'SEQUENCE' THEN 'SEQUENCE' ELSE 'TABLE' END, ' IF EXISTS \`', REPLACE(TABLE_NAME, '\`', '\`\`'), '\`;') FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()
  UNION ALL SELECT CONCAT('DROP ', ROUTINE_TYPE, ' IF EXISTS \`', REPLACE(ROUTINE_NAME, '\`', '\`\`'), '\`;') FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = DATABASE()
  UNION ALL SELECT CONCAT('DROP EVENT IF EXISTS \`', REPLACE(EVENT_NAME, '\`', '\`\`'), '\`;') FROM information_schema.EVENTS WHERE EVENT_SCHEMA = DATABASE()")"
started=$SECONDS
if ! { echo "SET FOREIGN_KEY_CHECKS = 0;"; echo "$drops"; gzip -dc "$backup/database.sql.gz"; } |
  "$mariadb_client" --defaults-extra-file="$option_file" --batch --database="$db_name"; then
  fail 1 "Loading the dump failed: the database $db_name is incomplete. $files_dir is untouched. Correct the cause and run this again (it starts again from an empty database)."
fi
restored_version="$(sql "SELECT version FROM flyway_schema_history WHERE success = 1 AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1")"
note "   loaded in $((SECONDS - started)) s; schema version $restored_version"

note "6. Swapping the attachment directories ..."
old=""
if [ -e "$files_dir" ]; then
  old="$files_dir.before-restore-$stamp"
  if ! mv "$files_dir" "$old"; then
    ready="$restoring"
    restoring="" # kept: the message sends the operator to it
    fail 1 "Could not move $files_dir aside: the database is restored, the files are ready in $ready; move them into place by hand."
  fi
fi
if ! mv "$restoring" "$files_dir"; then
  ready="$restoring"
  restoring="" # kept: the message sends the operator to it
  fail 1 "Could not move $ready to $files_dir: the database is restored; the old files are in $old. Move the new ones into place by hand."
fi
restoring=""
note "   $files_dir restored${old:+; the files it held are kept in $old (delete them when satisfied)}."

url="${BOFORUM_URL:-http://localhost:8080/}"
url="${url%/}/"
if [ "$reindex" != true ]; then
  note "Restored. Now start the portal, and once it is ready rebuild the search index from the database:"
  note "  BOFORUM_URL=$url BOFORUM_ADMIN_EMAIL=... BOFORUM_ADMIN_PASSWORD=... $here/reindex.sh"
  note "(until then search shows what the index held before the restore)."
  exit 0
fi
wait_seconds="${BOFORUM_RESTORE_WAIT_SECONDS:-1800}"
note "Restored. Start the portal now: waiting up to $wait_seconds s for ${url}health/ready to rebuild the search index ..."
deadline=$((SECONDS + wait_seconds))
until [ "$(curl -s -o /dev/null -w '%{http_code}' "${url}health/ready" || true)" = 200 ]; do
  if [ $SECONDS -ge $deadline ]; then
    note "The portal did not become ready; rebuild the index once it is: BOFORUM_URL=$url ... $here/reindex.sh"
    exit 4
  fi
  sleep 5
done
if ! BOFORUM_URL="$url" "$here/reindex.sh"; then
  note "The restore is done, but the rebuild of the search index failed: run $here/reindex.sh again."
  exit 4
fi
note "Restored and reindexed."
