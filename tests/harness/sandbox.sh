#!/usr/bin/env bash
# Prepares the demo sandbox on services started by services.sh: the VoucherDesk database (migrated by the app
# itself), one login per group role, sample data (orders in every state, redemptions on the local chain,
# deposits in several states) and a settings file for the app.
# Usage: sandbox.sh BUILD_DIR STATE_DIR   -> writes STATE_DIR/voucherdesk.ini and STATE_DIR/sandbox.env
set -Eeuo pipefail
build=${1:?build dir}; state=${2:?state dir}
# shellcheck disable=SC1091
source "$state/env.sh"
app=$build/app/voucherdesk
psql_super() { PGPASSWORD=$VD_PG_SUPERPASS "$VD_PG_BINDIR/psql" -X -q -t -A -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$VD_PG_PORT" -U vd_super "$@"; }
rand_hex() { head -c "$1" /dev/urandom | od -An -tx1 | tr -d ' \n'; }

psql_super -d postgres -c "CREATE DATABASE voucherdesk" >/dev/null
admin_pw=$(rand_hex 12)
cat > "$state/voucherdesk.ini" <<INI
[database]
host=127.0.0.1
port=$VD_PG_PORT
name=voucherdesk
user=vd_super
sslmode=disable

[chain]
chain_id=31337
rpc_urls=$VD_RPC_URL
token=$VD_TOKEN
safe=$VD_SAFE
token_code_hash=$VD_TOKEN_CODE_HASH
confirmations=2
start_block=$(sed -n 's/^deploy_block=//p' "$state/env.ini")

[desk]
name=Front desk (sandbox)

[listener]
login=listener1
INI
VOUCHERDESK_DB_PASSWORD=$VD_PG_SUPERPASS "$app" migrate --config "$state/voucherdesk.ini"

# One person per role; the demo signs in as the administrator.
psql_super -d voucherdesk <<SQL >/dev/null
CREATE ROLE desk1 LOGIN PASSWORD 'desk1-sandbox' IN ROLE vd_reception;
CREATE ROLE office1 LOGIN PASSWORD 'office1-sandbox' IN ROLE vd_backoffice;
CREATE ROLE admin1 LOGIN PASSWORD '$admin_pw' IN ROLE vd_admin;
CREATE ROLE listener1 LOGIN PASSWORD 'listener1-sandbox' IN ROLE vd_listener;
SELECT vd.set_setting('daily_mint_cap', '"100000000000000000000000"');
SQL
sed -i "s/^user=vd_super$/user=admin1/" "$state/voucherdesk.ini"

# Orders: some redeemed on the local chain by anvil's customer accounts.
cast=$VD_CAST
keys=$(sed -n 's/^customer_keys=//p' "$state/env.ini" | tr ',' ' ')
read -r -a customer <<<"$keys"
unit=1000000000000000000 # 1 token (18 decimals)
order() { # status item amount_tokens name phone [redeem_tokens]
    local hash; hash=$(rand_hex 32)
    psql_super -d voucherdesk -c "INSERT INTO vd.orders (order_hash, status, amount, item, customer_name, customer_phone, expires_at, source)
        VALUES ('\\x$hash', '$1', $3$( printf '%s' "000000000000000000"), '$2', '$4', '$5', now() + interval '30 days', 'sample')" >/dev/null
    if [[ -n ${6:-} ]]; then
        "$cast" send --rpc-url "$VD_RPC_URL" --private-key "${customer[$((RANDOM % ${#customer[@]}))]}" "$VD_TOKEN" \
            "redeem(bytes32,uint256)" "0x$hash" "$(( $6 ))$( printf '%s' "000000000000000000")" >/dev/null
    fi
    echo "$hash"
}
order CREATED "Rice 25 kg" 40 "Amina Njeri" "+254700100200" >/dev/null
order CREATED "Cooking oil 5 l" 12 "Jean Mbeki" "+243810000111" >/dev/null
order PENDING_CHAIN "Solar lamp" 25 "Fatuma Said" "+255713000222" 25 >/dev/null
v1=$(order VALID "Maize flour 10 kg" 15 "Peter Otieno" "+254722333444" 15)
order VALID "School uniform (size 8)" 30 "Grace Uwase" "+250788555666" 30 >/dev/null
order VALID "Bicycle" 180 "Joseph Kamau" "+254733777888" 180 >/dev/null
order UNDERPAID "Mobile phone" 120 "Halima Juma" "+255754999000" 100 >/dev/null
order EXPIRED "Sugar 2 kg" 4 "Claude Habimana" "+250722111222" >/dev/null
c1=$(order CREATED "Blanket" 9 "Mary Wanjiru" "+254711222333")
psql_super -d voucherdesk -c "SELECT vd.cancel_order((SELECT id FROM vd.orders WHERE order_hash = '\\x$c1'),
    'Customer changed their mind', 'sandbox')" >/dev/null
psql_super -d voucherdesk -c "SELECT outcome FROM vd.deliver_order('\\x$v1', gen_random_uuid(), 'Front desk (sandbox)', 'Handed over with receipt')" >/dev/null

# Deposits in several states.
psql_super -d voucherdesk <<SQL >/dev/null
INSERT INTO vd.deposits (customer_name, wallet, fiat_amount, fiat_currency, token_amount, status, payment_tx_id)
VALUES ('Amina Njeri', '\\x9965507d1a55bcc2695c58ba16fb37d819b0a4dc', 50.00, 'EUR', 50$(printf '%018d' 0), 'submitted', NULL),
       ('Peter Otieno', '\\x976ea74026e726554db657fa54763abd0c3a0aa9', 120.00, 'EUR', 120$(printf '%018d' 0), 'submitted', NULL);
INSERT INTO vd.deposits (customer_name, wallet, fiat_amount, fiat_currency, token_amount, status, payment_tx_id)
VALUES ('Grace Uwase', '\\x14dc79964da2c08b23698b3d3cc7ca32193d9955', 75.00, 'EUR', 75$(printf '%018d' 0), 'submitted', 'PAY-7731');
UPDATE vd.deposits SET status = 'payment_confirmed' WHERE payment_tx_id = 'PAY-7731';
SQL

# Keystore files for the back office (password typed when signing; the demo's are printed below). cast writes no
# "address" field; VoucherDesk shows it before decrypting (and checks it after), so it is added here.
keys_dir=$state/keys
rm -rf "$keys_dir" && mkdir -p "$keys_dir"
keystore() { # name private_key address password
    "$cast" wallet import "$1" --private-key "$2" --keystore-dir "$keys_dir" --unsafe-password "$4" >/dev/null
    node -e 'const fs=require("fs"),[f,a]=process.argv.slice(1),j=JSON.parse(fs.readFileSync(f));
             j.address=a.toLowerCase().replace(/^0x/,"");fs.writeFileSync(f,JSON.stringify(j))' "$keys_dir/$1" "$3"
    mv "$keys_dir/$1" "$keys_dir/$1.json"
}
keystore minter "$(sed -n 's/^minter_key=//p' "$state/env.ini")" "$(sed -n 's/^minter=//p' "$state/env.ini")" minter-sandbox
keystore admin "$(sed -n 's/^admin_key=//p' "$state/env.ini")" "$(sed -n 's/^admin=//p' "$state/env.ini")" admin-sandbox
cat >> "$state/voucherdesk.ini" <<INI

[keys]
minter_keystore=$keys_dir/minter.json
admin_keystore=$keys_dir/admin.json
INI

# From here on the chain makes a block every 2 seconds, as a real one does, so confirmations advance by themselves.
"$cast" rpc --rpc-url "$VD_RPC_URL" evm_setIntervalMining 2 >/dev/null

cat > "$state/sandbox.env" <<ENV
export VOUCHERDESK_DB_PASSWORD=$admin_pw
export DBUS_SESSION_BUS_ADDRESS=$VD_HARNESS_DBUS
export VOUCHERDESK_LISTENER_PASSWORD=listener1-sandbox
ENV
echo "[sandbox] database 'voucherdesk' ready; signed in as admin1 (logins: desk1, office1, admin1, listener1);" \
     "this desk hosts the chain listener (listener1); key passwords: minter-sandbox, admin-sandbox" >&2
