#!/usr/bin/env bash
# Starts or stops the real services the tests and the sandbox run against, all on free loopback ports:
#   - a throwaway Postgres cluster (run as an unprivileged user: initdb refuses root),
#   - an anvil node with the project's token and a Safe 1.4.1 deployed (tests/chain/deploy.mjs),
#   - a private D-Bus session with gnome-keyring as Secret Service (for QtKeychain).
# Usage: services.sh start DIR | stop DIR | pg DIR (a Postgres cluster alone, for tests that restart it)
# start writes DIR/env.ini (read by tests/support/Harness) and DIR/env.sh (sourced by scripts).
set -Eeuo pipefail
cmd=${1:?start|stop}; dir=${2:?state directory}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
chain_dir=$(cd "$here/../chain" && pwd)
mkdir -p "$dir"; dir=$(cd "$dir" && pwd)

log() { printf '[services] %s\n' "$*" >&2; }

# Alive and not a zombie: a container's init may never reap our children, and `kill -0` succeeds on zombies.
alive() { [[ -r /proc/$1/stat ]] && [[ $(cut -d' ' -f3 "/proc/$1/stat" 2>/dev/null) != Z ]]; }

stop_pid() { # pidfile
    local f=$1
    [[ -f $f ]] || return 0
    local pid; pid=$(cat "$f")
    if [[ -n $pid ]] && alive "$pid"; then
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 50); do alive "$pid" || break; sleep 0.1; done
        alive "$pid" && kill -9 "$pid" 2>/dev/null
    fi
    rm -f "$f"
}

pg_bindir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1; }

as_pg() { # run a command as the cluster's owner
    if [[ $(id -u) -eq 0 ]]; then runuser -u vdpg -- "$@"; else "$@"; fi
}

stop_all() {
    local bindir; bindir=$(pg_bindir)
    if [[ -f $dir/pg/data/postmaster.pid ]]; then
        as_pg "$bindir/pg_ctl" -D "$dir/pg/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    stop_pid "$dir/anvil.pid"
    stop_pid "$dir/keyring.pid"
    stop_pid "$dir/dbus.pid"
    rm -f "$dir/env.ini" "$dir/env.sh"
}

# The npm packages' bin scripts are node wrappers around a per-platform binary; run the binary itself so that
# signals reach it directly (the wrapper leaves an orphan when killed) and each cast call skips a node start-up.
native_tool() { # anvil | cast
    local arch
    case $(uname -m) in x86_64) arch=amd64 ;; aarch64 | arm64) arch=arm64 ;; *) arch=unknown ;; esac
    local os; os=$(uname -s | tr 'A-Z' 'a-z')
    local bin=$chain_dir/node_modules/@foundry-rs/$1-$os-$arch/bin/$1
    if [[ -x $bin ]]; then echo "$bin"; else echo "$chain_dir/node_modules/.bin/$1"; fi
}
ANVIL=$(native_tool anvil)
CAST=$(native_tool cast)

free_port() { node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }
random_hex() { head -c "$1" /dev/urandom | od -An -tx1 | tr -d ' \n'; }

start_postgres() {
    local bindir; bindir=$(pg_bindir)
    [[ -n $bindir ]] || { log "PostgreSQL server binaries not found (install postgresql)"; exit 1; }
    if [[ $(id -u) -eq 0 ]] && ! id vdpg >/dev/null 2>&1; then
        useradd --system --no-create-home --shell /usr/sbin/nologin vdpg
    fi
    rm -rf "$dir/pg"; mkdir -p "$dir/pg/sock"
    # The cluster's owner must be able to reach its directory (a private 0700 temp dir would lock it out).
    [[ $(id -u) -eq 0 ]] && chmod o+x "$dir"
    PG_PORT=$(free_port)
    PG_SUPERPASS=$(random_hex 16)
    printf '%s\n' "$PG_SUPERPASS" > "$dir/pg/pw"
    # CA, server certificate (CN/SAN 127.0.0.1 and localhost) for sslmode=verify-full tests.
    openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=VoucherDesk test CA" \
        -keyout "$dir/pg/ca.key" -out "$dir/pg/ca.crt" >/dev/null 2>&1
    openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" -keyout "$dir/pg/server.key" \
        -out "$dir/pg/server.csr" >/dev/null 2>&1
    printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\n' > "$dir/pg/san.ext"
    openssl x509 -req -in "$dir/pg/server.csr" -CA "$dir/pg/ca.crt" -CAkey "$dir/pg/ca.key" -CAcreateserial \
        -days 2 -extfile "$dir/pg/san.ext" -out "$dir/pg/server.crt" >/dev/null 2>&1
    chmod 600 "$dir/pg/server.key"
    [[ $(id -u) -eq 0 ]] && chown -R vdpg "$dir/pg"
    as_pg "$bindir/initdb" -D "$dir/pg/data" -U vd_super --pwfile="$dir/pg/pw" --auth-local=trust \
        --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir/pg/initdb.log" 2>&1 \
        || { cat "$dir/pg/initdb.log" >&2; exit 1; }
    cat >> "$dir/pg/data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = '$dir/pg/sock'
max_connections = 300
fsync = off
synchronous_commit = off
full_page_writes = off
ssl = on
ssl_cert_file = '$dir/pg/server.crt'
ssl_key_file = '$dir/pg/server.key'
log_min_messages = warning
CONF
    as_pg "$bindir/pg_ctl" -D "$dir/pg/data" -l "$dir/pg/server.log" -w -t 60 start >/dev/null \
        || { cat "$dir/pg/server.log" >&2; exit 1; }
    log "postgres on 127.0.0.1:$PG_PORT"
}

start_anvil() {
    ANVIL_PORT=$(free_port)
    "$ANVIL" --host 127.0.0.1 --port "$ANVIL_PORT" --chain-id 31337 \
        --accounts 10 --config-out "$dir/anvil-accounts.json" --silent >"$dir/anvil.log" 2>&1 &
    echo $! > "$dir/anvil.pid"
    for _ in $(seq 100); do
        if node -e "fetch('http://127.0.0.1:$ANVIL_PORT',{method:'POST',headers:{'content-type':'application/json'},body:'{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_chainId\",\"params\":[]}'}).then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))" 2>/dev/null; then
            break
        fi
        sleep 0.1
    done
    log "anvil on 127.0.0.1:$ANVIL_PORT"
    node "$chain_dir/deploy.mjs" "http://127.0.0.1:$ANVIL_PORT" "$dir/anvil-accounts.json" "$dir/contracts" > "$dir/deploy.json"
}

start_keyring() {
    if ! command -v dbus-daemon >/dev/null || ! command -v gnome-keyring-daemon >/dev/null; then
        log "dbus-daemon and gnome-keyring-daemon are required"; exit 1
    fi
    mkdir -p "$dir/keyring/home" "$dir/keyring/run"
    chmod 700 "$dir/keyring/run"
    local out; out=$(dbus-daemon --session --fork --print-address=1 --print-pid=1)
    DBUS_ADDR=$(sed -n 1p <<<"$out"); sed -n 2p <<<"$out" > "$dir/dbus.pid"
    # An unlocked login keyring with a throwaway password, in a private HOME.
    printf 'harness' | env -i PATH="$PATH" HOME="$dir/keyring/home" XDG_RUNTIME_DIR="$dir/keyring/run" \
        DBUS_SESSION_BUS_ADDRESS="$DBUS_ADDR" gnome-keyring-daemon --foreground --unlock --components=secrets \
        >"$dir/keyring.log" 2>&1 &
    echo $! > "$dir/keyring.pid"
    # Wait until org.freedesktop.secrets is owned on the private bus.
    for _ in $(seq 100); do
        if dbus-send --bus="$DBUS_ADDR" --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'; then
            break
        fi
        sleep 0.1
    done
    log "secret service on a private bus"
}

write_env() {
    local j=$dir/deploy.json
    get() { node -e "const d=require('$j');console.log(d$1)"; }
    cat > "$dir/env.ini" <<INI
[postgres]
host=127.0.0.1
port=$PG_PORT
socket_dir=$dir/pg/sock
superuser=vd_super
superpassword=$PG_SUPERPASS
bindir=$(pg_bindir)
datadir=$dir/pg/data
ca_cert=$dir/pg/ca.crt

[chain]
rpc_url=http://127.0.0.1:$ANVIL_PORT
chain_id=31337
token=$(get .token)
safe=$(get .safe)
safe_owner_keys=$(get ".safeOwnerKeys.join(',')")
admin_key=$(get .adminKey)
admin=$(get .admin)
minter_key=$(get .minterKey)
minter=$(get .minter)
customer_keys=$(get ".customerKeys.join(',')")
deploy_block=$(get .deployBlock)
token_code_hash=$("$CAST" keccak "$("$CAST" code "$(get .token)" --rpc-url "http://127.0.0.1:$ANVIL_PORT")")

[tools]
cast=$CAST
anvil=$ANVIL
node=$(command -v node)
harness=$here/services.sh
state_dir=$dir

[dbus]
address=$DBUS_ADDR
INI
    cat > "$dir/env.sh" <<SH
export VD_PG_HOST=127.0.0.1 VD_PG_PORT=$PG_PORT VD_PG_SOCKET=$dir/pg/sock VD_PG_SUPERUSER=vd_super
export VD_PG_SUPERPASS=$PG_SUPERPASS VD_PG_BINDIR=$(pg_bindir)
export VD_RPC_URL=http://127.0.0.1:$ANVIL_PORT VD_TOKEN=$(get .token) VD_SAFE=$(get .safe)
export VD_HARNESS_DBUS=$DBUS_ADDR VD_CAST=$CAST
export VD_TOKEN_CODE_HASH=$("$CAST" keccak "$("$CAST" code "$(get .token)" --rpc-url "http://127.0.0.1:$ANVIL_PORT")")
SH
}

case $cmd in
pg)
    stop_all
    trap 'log "start failed; stopping what was started"; stop_all' ERR
    start_postgres
    trap - ERR
    cat > "$dir/env.ini" <<INI
[postgres]
host=127.0.0.1
port=$PG_PORT
superuser=vd_super
superpassword=$PG_SUPERPASS
bindir=$(pg_bindir)
datadir=$dir/pg/data
owner=$( [[ $(id -u) -eq 0 ]] && echo vdpg || id -un )
INI
    ;;
start)
    stop_all
    trap 'log "start failed; stopping what was started"; stop_all' ERR
    start_postgres
    start_anvil
    start_keyring
    write_env
    trap - ERR
    ;;
stop) stop_all ;;
*) echo "usage: $0 start|stop DIR" >&2; exit 2 ;;
esac
