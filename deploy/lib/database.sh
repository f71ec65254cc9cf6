# Shared by backup.sh and restore.sh (sourced, not run): the portal's database settings read from
# the environment variables the portal itself reads, the MariaDB client programs, and a private
# option file that carries the password (never the command line, where `ps` would show it).
# shellcheck shell=bash

# Parses BOFORUM_DB_URL (default as the portal's) into db_host, db_port, db_name and db_tls.
# Understands jdbc:mariadb://host[:port][,more hosts]/database[?options] (and jdbc:mysql:, an
# IPv6 host in brackets, a high-availability mode such as jdbc:mariadb:sequential://).
parse_db_url() {
  local url="${BOFORUM_DB_URL:-jdbc:mariadb://127.0.0.1:3306/boforum}"
  local pattern='^jdbc:(mariadb|mysql):([a-z]+:)?//([^/?]+)/([^?]+)(\?(.*))?$'
  if [[ ! "$url" =~ $pattern ]]; then
    fail 2 "BOFORUM_DB_URL is not a JDBC address this script understands: $url (expected jdbc:mariadb://host:port/database)"
  fi
  local hosts="${BASH_REMATCH[3]}" options="${BASH_REMATCH[6]}"
  db_name="${BASH_REMATCH[4]}"
  local first="${hosts%%,*}"
  if [ "$first" != "$hosts" ]; then
    note "BOFORUM_DB_URL names several hosts; using the first, $first"
  fi
  if [[ "$first" == address=* ]]; then
    fail 2 "BOFORUM_DB_URL uses the address=(...) form; write it as jdbc:mariadb://host:port/database for this script"
  fi
  if [[ "$first" =~ ^\[([0-9A-Fa-f:.]+)\](:([0-9]+))?$ ]]; then
    db_host="${BASH_REMATCH[1]}"
    db_port="${BASH_REMATCH[3]:-3306}"
  elif [[ "$first" =~ ^([^:]+)(:([0-9]+))?$ ]]; then
    db_host="${BASH_REMATCH[1]}"
    db_port="${BASH_REMATCH[3]:-3306}"
  else
    fail 2 "Cannot read host and port from BOFORUM_DB_URL: $first"
  fi
  if [[ ! "$db_name" =~ ^[A-Za-z0-9_$]+$ ]]; then
    fail 2 "The database name in BOFORUM_DB_URL is not a plain name: $db_name"
  fi
  # TLS as the portal's driver would use it: sslMode=trust encrypts, verify-ca and verify-full also
  # check the server's certificate; useSsl=true (older drivers) encrypts. sslMode=disable (or
  # useSsl=false), or a server on this machine's loopback, is spoken to without TLS: the run
  # command's embedded MariaDB has none (decision 0041), and MariaDB 11.4's clients otherwise
  # require it. Any other server gets the client's default (11.4: TLS).
  db_tls=""
  case "&${options}&" in
    *"&sslMode=verify-full&"* | *"&sslMode=verify-ca&"* | *"&sslMode=verify_identity&"*) db_tls=verify ;;
    *"&sslMode=trust&"* | *"&useSsl=true&"* | *"&useSSL=true&"*) db_tls=trust ;;
    *"&sslMode=disable&"* | *"&useSsl=false&"* | *"&useSSL=false&"*) db_tls=off ;;
    *)
      case "$db_host" in
        127.0.0.1 | localhost | ::1 | "[::1]") db_tls=off ;;
      esac
      ;;
  esac
}

# The directory of the MariaDB client programs: BOFORUM_MARIADB_BIN, else the PATH's. Sets
# mariadb_client and mariadb_dump.
find_clients() {
  if [ -n "${BOFORUM_MARIADB_BIN:-}" ]; then
    mariadb_client="${BOFORUM_MARIADB_BIN%/}/mariadb"
    mariadb_dump="${BOFORUM_MARIADB_BIN%/}/mariadb-dump"
    [ -x "$mariadb_client" ] || fail 2 "No mariadb client in BOFORUM_MARIADB_BIN ($BOFORUM_MARIADB_BIN)"
    [ -x "$mariadb_dump" ] || fail 2 "No mariadb-dump in BOFORUM_MARIADB_BIN ($BOFORUM_MARIADB_BIN)"
  else
    mariadb_client="$(command -v mariadb || true)"
    mariadb_dump="$(command -v mariadb-dump || true)"
    if [ -z "$mariadb_client" ] || [ -z "$mariadb_dump" ]; then
      fail 2 "mariadb and mariadb-dump are not on the PATH: install the MariaDB client (apt-get install mariadb-client) or set BOFORUM_MARIADB_BIN to their directory (the run command's: target/mariadb/bin)"
    fi
  fi
}

# Writes the connection settings with the password into a new file only this user can read, and
# sets option_file. The caller removes it (trap).
write_option_file() {
  local password="${BOFORUM_DB_PASSWORD:-boforum}"
  password="${password//\\/\\\\}"
  password="${password//\"/\\\"}"
  option_file="$(mktemp "${TMPDIR:-/tmp}/boforum-db.XXXXXX")"
  chmod 600 "$option_file"
  {
    echo "[client]"
    echo "host=$db_host"
    echo "port=$db_port"
    echo "protocol=TCP"
    echo "user=${BOFORUM_DB_USER:-boforum}"
    echo "password=\"$password\""
    echo "default-character-set=utf8mb4"
    case "$db_tls" in
      verify) echo "ssl"; echo "ssl-verify-server-cert" ;;
      trust) echo "ssl"; echo "skip-ssl-verify-server-cert" ;;
      off) echo "skip-ssl" ;;
    esac
  } >"$option_file"
}

# Runs SQL (the arguments) in the configured database; prints its rows, tab-separated.
sql() {
  "$mariadb_client" --defaults-extra-file="$option_file" --batch --skip-column-names \
    --database="$db_name" --execute="$*"
}

note() { echo "$*" >&2; }

fail() { # exit code, message
  local code="$1"
  shift
  echo "ERROR: $*" >&2
  exit "$code"
}
