#!/usr/bin/env bash
# A private, throwaway PostgreSQL server for the test suite (never for real data).
#
#   scripts/test-postgres.sh start DIR    a new cluster in DIR/data; prints its superuser URL
#   scripts/test-postgres.sh pause DIR    stops the server, keeps its data and its port
#   scripts/test-postgres.sh resume DIR   starts it again on the same port
#   scripts/test-postgres.sh stop DIR     stops the server and removes DIR (safe to repeat)
#
# The server listens only on 127.0.0.1 (a free port) and on a socket inside DIR, and
# asks for a password (scram-sha-256) on both. Its superuser is factcheck_admin with a
# random password; `start` prints postgresql://factcheck_admin:PASSWORD@127.0.0.1:PORT/postgres
# as its only line on stdout and writes it to DIR/url. The log is DIR/server.log.
#
# PostgreSQL refuses to run as root, so as root the server runs as the `postgres` user
# (or as a system user this script creates), which must be able to reach DIR: use a
# directory under /tmp, not one under a private (mode 700) parent.
#
# Exit status: 0 done, 1 failed, 2 usage, 3 PostgreSQL's server programs not installed.
set -euo pipefail

readonly SUPERUSER=factcheck_admin
readonly FALLBACK_USER=factcheck-pg
readonly MARKER=.factcheck-test-postgres # only a DIR holding it is ever removed
readonly SETTINGS=factcheck-test.conf    # in DIR/data, included by postgresql.conf

INITDB=""
PG_CTL=""
RUN_AS=() # the prefix that runs a command as the cluster's owner (empty unless root)

die() {
    echo "test-postgres: $*" >&2
    exit 1
}

usage() {
    echo "usage: $0 start|pause|resume|stop DIR" >&2
    exit 2
}

# The newest /usr/lib/postgresql/*/bin (Debian keeps them off PATH), else PATH.
locate_programs() {
    local dir
    while IFS= read -r dir; do
        if [[ -x $dir/initdb && -x $dir/pg_ctl && -x $dir/postgres ]]; then
            INITDB=$dir/initdb
            PG_CTL=$dir/pg_ctl
            return 0
        fi
    done < <(compgen -G '/usr/lib/postgresql/*/bin' | sort -rV)
    INITDB=$(command -v initdb) && PG_CTL=$(command -v pg_ctl)
}

require_programs() {
    if ! locate_programs; then
        echo "PostgreSQL server programs not found (install Debian's postgresql package)" >&2
        exit 3
    fi
}

as_owner() {
    "${RUN_AS[@]}" "$@"
}

# As root: the user the server runs as, created if need be.
server_user() {
    if id -u postgres >/dev/null 2>&1; then
        echo postgres
        return
    fi
    if ! id -u "$FALLBACK_USER" >/dev/null 2>&1; then
        useradd --system --no-create-home --home-dir /nonexistent \
            --shell /usr/sbin/nologin "$FALLBACK_USER" >&2 ||
            die "could not create the system user $FALLBACK_USER to run PostgreSQL as"
    fi
    echo "$FALLBACK_USER"
}

# As root: run as whoever owns an existing cluster.
adopt_owner() {
    local dir=$1 user
    [[ $(id -u) == 0 ]] || return 0
    user=$(stat -c %U -- "$dir/data")
    [[ $user != root ]] || die "$dir/data belongs to root; PostgreSQL will not run as root"
    RUN_AS=(runuser -u "$user" --)
}

is_running() {
    as_owner "$PG_CTL" status -D "$1/data" >/dev/null 2>&1
}

free_port() {
    "${PYTHON:-python3}" -c 'import socket
with socket.socket() as s:
    s.bind(("127.0.0.1", 0))
    print(s.getsockname()[1])'
}

random_password() {
    od -An -N16 -tx1 /dev/urandom | tr -d ' \n'
}

write_settings() {
    local dir=$1 port=$2
    cat >"$dir/data/$SETTINGS" <<EOF
# Written by scripts/test-postgres.sh: a throwaway test server.
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '${dir//\'/\'\'}'
max_connections = 100
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
}

start_server() {
    as_owner "$PG_CTL" start -D "$1/data" -l "$1/server.log" -w -t 60 -s >&2
}

cmd_start() {
    local dir=$1 user password pwfile port="" attempt url
    require_programs
    mkdir -p -- "$dir"
    dir=$(cd -- "$dir" && pwd -P)
    [[ ! -e $dir/data ]] || die "$dir already holds a cluster (stop it first)"
    # The socket path (DIR/.s.PGSQL.PORT) must fit in 107 bytes.
    ((${#dir} <= 90)) || die "$dir is too long a path for the server's socket; use a shorter one"
    touch -- "$dir/$MARKER"

    if [[ $(id -u) == 0 ]]; then
        user=$(server_user)
        chown -- "$user" "$dir"
        if ! runuser -u "$user" -- test -x "$dir" || ! runuser -u "$user" -- test -w "$dir"; then
            die "user $user cannot reach $dir (is a parent directory private?); use a directory under /tmp"
        fi
        RUN_AS=(runuser -u "$user" --)
    fi

    password=$(random_password)
    pwfile=$dir/pwfile
    (umask 077 && printf '%s\n' "$password" >"$pwfile")
    if ((${#RUN_AS[@]})); then
        chown -- "$user" "$pwfile"
    fi
    if ! as_owner "$INITDB" -D "$dir/data" -U "$SUPERUSER" --pwfile="$pwfile" \
        --auth-host=scram-sha-256 --auth-local=scram-sha-256 \
        -E UTF8 --no-locale --no-sync >"$dir/initdb.log" 2>&1; then
        rm -f -- "$pwfile"
        cat -- "$dir/initdb.log" >&2
        die "initdb failed"
    fi
    rm -f -- "$pwfile"
    echo "include_if_exists = '$SETTINGS'" >>"$dir/data/postgresql.conf"

    # A free port may be taken before the server binds it: then try another.
    for attempt in 1 2 3 4 5; do
        port=$(free_port) || die "could not pick a free port (is python3 installed?)"
        write_settings "$dir" "$port"
        if start_server "$dir"; then
            break
        fi
        if is_running "$dir"; then
            as_owner "$PG_CTL" stop -D "$dir/data" -m immediate -w -s >&2 || true
        fi
        if ((attempt == 5)); then
            tail -n 20 -- "$dir/server.log" >&2 || true
            die "the server did not start (see $dir/server.log)"
        fi
    done

    url="postgresql://$SUPERUSER:$password@127.0.0.1:$port/postgres"
    (umask 077 && printf '%s\n' "$url" >"$dir/url")
    printf '%s\n' "$url"
}

require_cluster() {
    [[ -d $1/data ]] || die "$1 holds no cluster (run start first)"
    require_programs
    adopt_owner "$1"
}

cmd_pause() {
    local dir=$1
    require_cluster "$dir"
    if is_running "$dir"; then
        as_owner "$PG_CTL" stop -D "$dir/data" -m fast -w -t 60 -s >&2
    fi
}

cmd_resume() {
    local dir=$1
    require_cluster "$dir"
    if ! is_running "$dir"; then
        start_server "$dir" || die "the server did not start again (see $dir/server.log)"
    fi
}

cmd_stop() {
    local dir=$1
    [[ -e $dir ]] || return 0
    [[ -e $dir/$MARKER ]] || die "refusing to remove $dir: this script did not make it"
    if [[ -d $dir/data ]] && locate_programs; then
        adopt_owner "$dir"
        if is_running "$dir"; then
            as_owner "$PG_CTL" stop -D "$dir/data" -m fast -w -t 60 -s >&2 ||
                as_owner "$PG_CTL" stop -D "$dir/data" -m immediate -w -s >&2 || true
        fi
    fi
    rm -rf -- "$dir"
}

(($# == 2)) || usage
[[ -n $2 ]] || usage
unset PGDATA PGHOST PGHOSTADDR PGPORT PGUSER PGPASSWORD PGDATABASE PGOPTIONS
dir=$2
[[ $dir == /* ]] || dir=$PWD/$dir
cd / # the server's user may not be allowed into the caller's directory
case $1 in
start) cmd_start "$dir" ;;
pause) cmd_pause "$dir" ;;
resume) cmd_resume "$dir" ;;
stop) cmd_stop "$dir" ;;
*) usage ;;
esac
