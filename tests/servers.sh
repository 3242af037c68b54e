# Source this file to get real database servers for the MySQL and MongoDB tests:
#   source tests/servers.sh      # exports TEST_MYSQL_URL and TEST_MONGO_URL
#   stop_test_servers            # stops what it started
# An existing TEST_*_URL is kept. MySQL: a MariaDB already listening on 127.0.0.1:3306 (root, no
# password) is used; otherwise MariaDB is installed from Debian if missing and a throwaway instance
# started. MongoDB: mongoeco's wire-protocol server, in its own Python 3.13+ virtual environment.

_ts_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
_ts_dir="$_ts_root/.test-servers"
TEST_SERVER_PIDS="${TEST_SERVER_PIDS:-}"
mkdir -p "$_ts_dir"

_ts_log() { echo "[test-servers] $*" >&2; }

_ts_free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

_ts_wait_port() {  # port, seconds
  python3 - "$1" "$2" <<'PY'
import socket, sys, time
port, deadline = int(sys.argv[1]), time.time() + float(sys.argv[2])
while time.time() < deadline:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
        sys.exit(0)
    except OSError:
        time.sleep(0.1)
sys.exit(1)
PY
}

_ts_start_mysql() {
  if [ -n "${TEST_MYSQL_URL:-}" ]; then return 0; fi
  if command -v mariadb-admin >/dev/null && mariadb-admin --protocol=tcp -h127.0.0.1 -P3306 -uroot ping >/dev/null 2>&1; then
    export TEST_MYSQL_URL="mysql://root@127.0.0.1:3306/test"
    _ts_log "using the MariaDB on 127.0.0.1:3306"
    return 0
  fi
  if ! command -v mariadbd >/dev/null; then
    _ts_log "installing mariadb-server from Debian"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends mariadb-server) >&2 || return 1
  fi
  local data="$_ts_dir/mariadb" port
  port="$(_ts_free_port)"
  rm -rf "$data" && mkdir -p "$data"
  mariadb-install-db --no-defaults --datadir="$data" --user=root --auth-root-authentication-method=normal \
    --skip-test-db >"$_ts_dir/mariadb-install.log" 2>&1 || { _ts_log "mariadb-install-db failed"; return 1; }
  mariadbd --no-defaults --datadir="$data" --user=root --bind-address=127.0.0.1 --port="$port" \
    --socket="$data/sock" --skip-name-resolve --character-set-server=utf8mb4 --skip-log-bin \
    --innodb-flush-log-at-trx-commit=0 >"$_ts_dir/mariadb.log" 2>&1 &
  TEST_SERVER_PIDS="$TEST_SERVER_PIDS $!"
  _ts_wait_port "$port" 30 || { _ts_log "MariaDB did not start; see $_ts_dir/mariadb.log"; return 1; }
  mariadb --no-defaults --socket="$data/sock" -uroot -e \
    "CREATE USER 'ticketbot'@'127.0.0.1' IDENTIFIED BY 'ticketbot'; GRANT ALL ON *.* TO 'ticketbot'@'127.0.0.1'; CREATE DATABASE test;"
  export TEST_MYSQL_URL="mysql://ticketbot:ticketbot@127.0.0.1:$port/test"
  _ts_log "started MariaDB on port $port"
}

_ts_python313() {
  local candidate
  for candidate in "$(pyenv root 2>/dev/null)"/versions/3.1[3-9]*/bin/python3 python3.14 python3.13; do
    if "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 13))' >/dev/null 2>&1; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

_ts_start_mongo() {
  if [ -n "${TEST_MONGO_URL:-}" ]; then return 0; fi
  local venv="$_ts_root/.venv-mongo" python port
  if [ ! -x "$venv/bin/python" ]; then
    python="$(_ts_python313)" || { _ts_log "mongoeco needs Python 3.13+, and none was found"; return 1; }
    "$python" -m venv "$venv" && "$venv/bin/pip" install -q -r "$_ts_root/tests/requirements-mongo-server.txt" >&2 \
      || { _ts_log "could not install mongoeco"; return 1; }
  fi
  port="$(_ts_free_port)"
  "$venv/bin/python" "$_ts_root/tests/mongo_server.py" "$port" >"$_ts_dir/mongo.log" 2>&1 &
  TEST_SERVER_PIDS="$TEST_SERVER_PIDS $!"
  _ts_wait_port "$port" 30 || { _ts_log "the MongoDB server did not start; see $_ts_dir/mongo.log"; return 1; }
  export TEST_MONGO_URL="mongodb://127.0.0.1:$port/?directConnection=true"
  _ts_log "started a MongoDB wire-protocol server on port $port"
}

stop_test_servers() {
  local pid
  for pid in $TEST_SERVER_PIDS; do kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; done
  TEST_SERVER_PIDS=""
}

_ts_start_mysql || _ts_log "MySQL tests will not have a server"
_ts_start_mongo || _ts_log "MongoDB tests will not have a server"
export TEST_SERVER_PIDS
