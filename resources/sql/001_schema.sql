-- VoucherDesk schema v1: orders and their delivery, deposits and mints, Safe proposals, reconciliation,
-- the chain follower's tables, contract state, audit. Applied by `voucherdesk migrate` inside one transaction.
--
-- Roles (NOLOGIN groups; each person logs in as themself and is a member of one group):
--   vd_owner       owns every object; migrations run as it
--   vd_listener    the chain follower: writes chain_* tables, order status from chain, contract state
--   vd_reception   reads orders, calls deliver/scan functions, nothing else
--   vd_backoffice  deposits, mints, Safe proposals, reconciliation, order creation/cancellation by function
--   vd_admin       back office + settings (cap, minting switch) and operator management
--   vd_shop        the web shop: may only call create_order()
-- State changes that carry rules happen in SECURITY DEFINER functions; the tables enforce the rest.

DO $roles$
DECLARE r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['vd_owner', 'vd_listener', 'vd_reception', 'vd_backoffice', 'vd_admin', 'vd_shop'] LOOP
        BEGIN
            EXECUTE format('CREATE ROLE %I NOLOGIN', r);
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            NULL; -- roles are cluster-wide: another database of this cluster created it already
        END;
    END LOOP;
END
$roles$;

GRANT vd_owner TO CURRENT_USER;
GRANT vd_backoffice TO vd_admin;
-- Operator management runs in SECURITY DEFINER functions owned by vd_owner (never by handing out superuser):
-- vd_owner may create logins and put them in the three staff groups, nothing more.
ALTER ROLE vd_owner CREATEROLE;
GRANT vd_reception, vd_backoffice, vd_admin TO vd_owner WITH ADMIN OPTION;
-- Every VoucherDesk checks the schema version at start-up, whatever its role.
GRANT SELECT ON public.schema_migrations TO vd_owner, vd_listener, vd_reception, vd_backoffice, vd_admin;

CREATE SCHEMA vd AUTHORIZATION vd_owner;
SET LOCAL ROLE vd_owner;
SET LOCAL search_path = vd, pg_temp;

REVOKE ALL ON SCHEMA vd FROM PUBLIC;
GRANT USAGE ON SCHEMA vd TO vd_listener, vd_reception, vd_backoffice, vd_admin, vd_shop;
-- Functions are executable by PUBLIC by default, and a per-schema default cannot take that away: revoke it for
-- everything vd_owner creates here, and again for all functions at the end of each migration.
ALTER DEFAULT PRIVILEGES FOR ROLE vd_owner REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;

-- ---------------------------------------------------------------------------------------------------------
-- Settings shared by every desk (daily cap, minting switch, Safe threshold). Read by all, changed by admins
-- through set_setting(), which audits.
CREATE TABLE app_settings (
    key        text PRIMARY KEY,
    value      jsonb NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now(),
    updated_by text NOT NULL DEFAULT session_user
);
INSERT INTO app_settings (key, value) VALUES
    ('daily_mint_cap', '"0"'),            -- token base units per UTC day; "0" = no cap configured
    ('safe_threshold', '"0"'),            -- mints at or above this go through the Safe; "0" = always direct
    ('minting_paused', 'false');

-- ---------------------------------------------------------------------------------------------------------
-- Audit: append-only for everyone. The actor is the database login, never a value the client chooses.
CREATE TABLE audit_log (
    id          bigserial PRIMARY KEY,
    at          timestamptz NOT NULL DEFAULT clock_timestamp(),
    actor       text NOT NULL DEFAULT session_user,
    workstation text NOT NULL DEFAULT '',
    action      text NOT NULL,
    entity      text NOT NULL DEFAULT '',
    entity_id   text NOT NULL DEFAULT '',
    before      jsonb,
    after       jsonb,
    details     jsonb
);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);

CREATE FUNCTION audit_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        NEW.actor := session_user;
        NEW.at := clock_timestamp();
        NEW.workstation := coalesce(NEW.workstation, '');
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'audit_log is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_append_only BEFORE INSERT OR UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_guard();
CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_guard();

CREATE FUNCTION audit(p_action text, p_entity text, p_entity_id text, p_before jsonb, p_after jsonb,
                      p_details jsonb, p_workstation text DEFAULT '')
RETURNS bigint LANGUAGE sql SECURITY DEFINER SET search_path = vd, pg_temp AS $$
    INSERT INTO audit_log (workstation, action, entity, entity_id, before, after, details)
    VALUES (coalesce(p_workstation, ''), p_action, coalesce(p_entity, ''), coalesce(p_entity_id, ''),
            p_before, p_after, p_details)
    RETURNING id;
$$;

-- ---------------------------------------------------------------------------------------------------------
-- Orders (architecture section 2).
CREATE TABLE orders (
    id                 bigserial PRIMARY KEY,
    order_hash         bytea NOT NULL UNIQUE CHECK (length(order_hash) = 32),
    status             text NOT NULL DEFAULT 'CREATED' CHECK (status IN
                           ('CREATED', 'PENDING_CHAIN', 'VALID', 'DELIVERED', 'EXPIRED', 'UNDERPAID', 'CANCELLED')),
    amount             numeric(78, 0) NOT NULL CHECK (amount > 0),
    item               text NOT NULL CHECK (length(item) BETWEEN 1 AND 500),
    customer_name      text,
    customer_phone     text,
    expires_at         timestamptz,
    created_at         timestamptz NOT NULL DEFAULT now(),
    created_by         text NOT NULL DEFAULT session_user,
    source             text NOT NULL DEFAULT 'backoffice' CHECK (source IN ('backoffice', 'shop', 'import', 'sample')),
    -- the redemption that paid for it (set by the listener)
    redeem_chain_id    bigint,
    redeem_tx          bytea,
    redeem_block       bigint,
    redeem_block_hash  bytea,
    redeem_log_index   integer,
    redeem_amount      numeric(78, 0),
    redeemer           bytea,
    confirmations      integer NOT NULL DEFAULT 0,
    valid_at           timestamptz,
    -- delivery (set only by deliver_order)
    delivered_at       timestamptz,
    delivered_by       text,
    delivered_desk     text,
    delivery_note      text,
    cancel_reason      text,
    updated_at         timestamptz NOT NULL DEFAULT now(),
    CHECK ((status = 'DELIVERED') = (delivered_at IS NOT NULL)),
    CHECK (status <> 'CANCELLED' OR cancel_reason IS NOT NULL)
);
CREATE INDEX orders_status ON orders (status);
CREATE INDEX orders_created ON orders (created_at);
CREATE INDEX orders_customer ON orders (lower(customer_name) text_pattern_ops);
CREATE INDEX orders_phone ON orders (customer_phone text_pattern_ops);
CREATE INDEX orders_hash_hex ON orders ((encode(order_hash, 'hex')) text_pattern_ops);

-- The state machine, enforced by the database: DELIVERED is terminal and reachable only from VALID.
CREATE FUNCTION order_transition_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    allowed text[];
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'orders are never deleted (order %)', OLD.id USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF TG_OP = 'INSERT' THEN
        IF NEW.status = 'DELIVERED' THEN
            RAISE EXCEPTION 'an order cannot be created as DELIVERED' USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
    END IF;
    IF OLD.status = 'DELIVERED' THEN
        RAISE EXCEPTION 'order % is DELIVERED; a delivered order never changes', OLD.id
            USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.order_hash <> OLD.order_hash OR NEW.amount <> OLD.amount THEN
        RAISE EXCEPTION 'order hash and amount never change' USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.status <> OLD.status THEN
        allowed := CASE OLD.status
            WHEN 'CREATED'       THEN ARRAY['PENDING_CHAIN', 'VALID', 'UNDERPAID', 'EXPIRED', 'CANCELLED']
            WHEN 'PENDING_CHAIN' THEN ARRAY['CREATED', 'VALID', 'UNDERPAID', 'CANCELLED']
            WHEN 'VALID'         THEN ARRAY['DELIVERED', 'CREATED', 'PENDING_CHAIN', 'CANCELLED']
            WHEN 'UNDERPAID'     THEN ARRAY['CREATED', 'PENDING_CHAIN', 'CANCELLED']
            WHEN 'EXPIRED'       THEN ARRAY['PENDING_CHAIN', 'VALID', 'UNDERPAID', 'CANCELLED']
            ELSE ARRAY[]::text[]
        END;
        IF NOT NEW.status = ANY (allowed) THEN
            RAISE EXCEPTION 'order %: % -> % is not allowed', OLD.id, OLD.status, NEW.status
                USING ERRCODE = 'check_violation';
        END IF;
    END IF;
    NEW.updated_at := now();
    RETURN NEW;
END
$$;
CREATE TRIGGER orders_state_machine BEFORE INSERT OR UPDATE OR DELETE ON orders
    FOR EACH ROW EXECUTE FUNCTION order_transition_guard();

-- Desks and the back office follow changes by LISTEN vd_orders instead of polling; delivered on commit.
CREATE FUNCTION order_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' OR NEW.status IS DISTINCT FROM OLD.status OR NEW.confirmations IS DISTINCT FROM OLD.confirmations THEN
        PERFORM pg_notify('vd_orders', json_build_object('hash', encode(NEW.order_hash, 'hex'), 'status', NEW.status,
                                                         'id', NEW.id)::text);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER orders_notify AFTER INSERT OR UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION order_notify();

-- One row per delivered order; the idempotency key is the scan's.
CREATE TABLE deliveries (
    id               bigserial PRIMARY KEY,
    order_id         bigint NOT NULL UNIQUE REFERENCES orders (id),
    idempotency_key  uuid NOT NULL UNIQUE,
    delivered_at     timestamptz NOT NULL DEFAULT now(),
    operator         text NOT NULL DEFAULT session_user,
    desk             text NOT NULL,
    note             text,
    chain_recheck    text NOT NULL CHECK (chain_recheck IN ('confirmed', 'not_rechecked'))
);
CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only (% refused)', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER deliveries_append_only BEFORE UPDATE OR DELETE ON deliveries
    FOR EACH ROW EXECUTE FUNCTION refuse_change();

-- Every scan at a desk, whatever its outcome (the order timeline shows them).
CREATE TABLE scan_events (
    id          bigserial PRIMARY KEY,
    at          timestamptz NOT NULL DEFAULT now(),
    operator    text NOT NULL DEFAULT session_user,
    desk        text NOT NULL,
    order_hash  bytea CHECK (order_hash IS NULL OR length(order_hash) = 32),
    source      text NOT NULL CHECK (source IN ('camera', 'scanner', 'image', 'typed', 'search')),
    outcome     text NOT NULL
);
CREATE INDEX scan_events_hash ON scan_events (order_hash);
CREATE INDEX scan_events_desk_at ON scan_events (desk, at);

-- Looks an order up for a desk and records the scan. Returns the order's row fields a desk needs.
CREATE FUNCTION lookup_order(p_order_hash bytea, p_desk text, p_source text)
RETURNS TABLE (order_id bigint, status text, amount numeric, item text, customer_name text, expires_at timestamptz,
               confirmations integer, redeem_amount numeric, redeem_tx bytea, redeem_block bigint,
               delivered_at timestamptz, delivered_by text, delivered_desk text, delivery_note text,
               cancel_reason text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = vd, pg_temp AS $$
#variable_conflict use_column
DECLARE
    o orders%ROWTYPE;
BEGIN
    SELECT * INTO o FROM orders WHERE orders.order_hash = p_order_hash;
    INSERT INTO scan_events (desk, order_hash, source, outcome)
    VALUES (p_desk, p_order_hash, p_source, coalesce(o.status, 'UNKNOWN'));
    IF o.id IS NULL THEN
        RETURN;
    END IF;
    RETURN QUERY SELECT o.id, o.status, o.amount, o.item, o.customer_name, o.expires_at, o.confirmations,
                        o.redeem_amount, o.redeem_tx, o.redeem_block, o.delivered_at, o.delivered_by,
                        o.delivered_desk, o.delivery_note, o.cancel_reason;
END
$$;

-- The one way an order becomes DELIVERED: a conditional update and its audit row in one transaction.
-- outcome: 'delivered' (this call or the same scan earlier), 'already_delivered', 'not_valid', 'unknown'.
CREATE FUNCTION deliver_order(p_order_hash bytea, p_idempotency_key uuid, p_desk text, p_note text,
                              p_chain_recheck text DEFAULT 'not_rechecked')
RETURNS TABLE (outcome text, status text, delivered_at timestamptz, delivered_by text, delivered_desk text,
               delivery_note text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = vd, pg_temp AS $$
#variable_conflict use_column
DECLARE
    o orders%ROWTYPE;
    d deliveries%ROWTYPE;
BEGIN
    IF p_desk IS NULL OR length(trim(p_desk)) = 0 THEN
        RAISE EXCEPTION 'a delivery needs the desk name' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    -- A repeat of the same scan returns the original outcome.
    SELECT * INTO d FROM deliveries WHERE idempotency_key = p_idempotency_key;
    IF FOUND THEN
        SELECT * INTO o FROM orders WHERE id = d.order_id;
        IF o.order_hash <> p_order_hash THEN
            RAISE EXCEPTION 'idempotency key reused for another order' USING ERRCODE = 'unique_violation';
        END IF;
        RETURN QUERY SELECT 'delivered'::text, o.status, o.delivered_at, o.delivered_by, o.delivered_desk,
                            o.delivery_note;
        RETURN;
    END IF;

    UPDATE orders SET status = 'DELIVERED', delivered_at = now(), delivered_by = session_user,
                      delivered_desk = p_desk, delivery_note = nullif(trim(p_note), '')
     WHERE orders.order_hash = p_order_hash AND orders.status = 'VALID'
    RETURNING * INTO o;
    IF FOUND THEN
        INSERT INTO deliveries (order_id, idempotency_key, desk, note, chain_recheck)
        VALUES (o.id, p_idempotency_key, p_desk, o.delivery_note, p_chain_recheck);
        INSERT INTO audit_log (workstation, action, entity, entity_id, before, after, details)
        VALUES (p_desk, 'order.deliver', 'order', o.id::text, jsonb_build_object('status', 'VALID'),
                jsonb_build_object('status', 'DELIVERED'),
                jsonb_build_object('order_hash', '0x' || encode(o.order_hash, 'hex'), 'note', o.delivery_note,
                                   'chain_recheck', p_chain_recheck));
        RETURN QUERY SELECT 'delivered'::text, o.status, o.delivered_at, o.delivered_by, o.delivered_desk,
                            o.delivery_note;
        RETURN;
    END IF;

    SELECT * INTO o FROM orders WHERE orders.order_hash = p_order_hash;
    IF NOT FOUND THEN
        RETURN QUERY SELECT 'unknown'::text, NULL::text, NULL::timestamptz, NULL::text, NULL::text, NULL::text;
    ELSIF o.status = 'DELIVERED' THEN
        -- A concurrent call with the same key may have won the race: that is still this scan's delivery.
        SELECT * INTO d FROM deliveries WHERE order_id = o.id;
        RETURN QUERY SELECT CASE WHEN d.idempotency_key = p_idempotency_key THEN 'delivered' ELSE
                                 'already_delivered' END, o.status, o.delivered_at, o.delivered_by,
                            o.delivered_desk, o.delivery_note;
    ELSE
        RETURN QUERY SELECT 'not_valid'::text, o.status, NULL::timestamptz, NULL::text, NULL::text, NULL::text;
    END IF;
END
$$;

-- Orders created by hand (back office) or by the web shop. The order hash is chosen by the caller (random).
CREATE FUNCTION create_order(p_order_hash bytea, p_amount numeric, p_item text, p_customer_name text,
                             p_customer_phone text, p_expires_at timestamptz, p_source text DEFAULT 'shop')
RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = vd, pg_temp AS $$
DECLARE
    new_id bigint;
BEGIN
    IF p_order_hash IS NULL OR length(p_order_hash) <> 32 THEN
        RAISE EXCEPTION 'order hash must be 32 bytes' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_source NOT IN ('backoffice', 'shop', 'import') THEN
        RAISE EXCEPTION 'unknown order source %', p_source USING ERRCODE = 'invalid_parameter_value';
    END IF;
    INSERT INTO orders (order_hash, amount, item, customer_name, customer_phone, expires_at, source)
    VALUES (p_order_hash, p_amount, p_item, nullif(trim(p_customer_name), ''), nullif(trim(p_customer_phone), ''),
            p_expires_at, p_source)
    RETURNING id INTO new_id;
    INSERT INTO audit_log (action, entity, entity_id, after)
    VALUES ('order.create', 'order', new_id::text,
            jsonb_build_object('order_hash', '0x' || encode(p_order_hash, 'hex'), 'amount', p_amount::text,
                               'item', p_item, 'source', p_source));
    RETURN new_id;
END
$$;

CREATE FUNCTION cancel_order(p_order_id bigint, p_reason text, p_workstation text DEFAULT '')
RETURNS text LANGUAGE plpgsql SECURITY DEFINER SET search_path = vd, pg_temp AS $$
DECLARE
    old_status text;
BEGIN
    IF p_reason IS NULL OR length(trim(p_reason)) = 0 THEN
        RAISE EXCEPTION 'a cancellation needs a reason' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT status INTO old_status FROM orders WHERE id = p_order_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'order % does not exist', p_order_id USING ERRCODE = 'no_data_found';
    END IF;
    UPDATE orders SET status = 'CANCELLED', cancel_reason = trim(p_reason) WHERE id = p_order_id;
    INSERT INTO audit_log (workstation, action, entity, entity_id, before, after, details)
    VALUES (p_workstation, 'order.cancel', 'order', p_order_id::text, jsonb_build_object('status', old_status),
            jsonb_build_object('status', 'CANCELLED'), jsonb_build_object('reason', trim(p_reason)));
    RETURN old_status;
END
$$;

-- Orders created but never redeemed expire; a redemption mined before expiry still counts (listener rule).
CREATE FUNCTION expire_orders() RETURNS integer
LANGUAGE sql SECURITY DEFINER SET search_path = vd, pg_temp AS $$
    WITH e AS (UPDATE orders SET status = 'EXPIRED' WHERE status = 'CREATED' AND expires_at < now() RETURNING 1)
    SELECT count(*)::integer FROM e;
$$;

-- Incidents the back office must look at (a delivered order whose proof a reorg removed, ...).
CREATE TABLE incidents (
    id          bigserial PRIMARY KEY,
    at          timestamptz NOT NULL DEFAULT now(),
    kind        text NOT NULL,
    order_id    bigint REFERENCES orders (id),
    details     jsonb NOT NULL DEFAULT '{}',
    resolved_at timestamptz,
    resolved_by text,
    resolution  text
);

-- ---------------------------------------------------------------------------------------------------------
-- Deposits (architecture section 3): fiat in, tokens minted.
CREATE TABLE deposits (
    id              bigserial PRIMARY KEY,
    reference       text NOT NULL UNIQUE DEFAULT ('D-' || to_char(now(), 'YYYYMMDD') || '-' ||
                                                  lpad((floor(random() * 1000000))::text, 6, '0')),
    customer_name   text NOT NULL CHECK (length(customer_name) BETWEEN 1 AND 200),
    wallet          bytea NOT NULL CHECK (length(wallet) = 20),
    fiat_amount     numeric(20, 2) NOT NULL CHECK (fiat_amount > 0),
    fiat_currency   text NOT NULL CHECK (fiat_currency ~ '^[A-Z]{3}$'),
    token_amount    numeric(78, 0) NOT NULL CHECK (token_amount > 0),
    status          text NOT NULL DEFAULT 'submitted' CHECK (status IN
                        ('submitted', 'payment_confirmed', 'mint_pending', 'mint_processing', 'minted', 'mint_failed',
                         'mint_requires_safe', 'cap_exceeded', 'cancelled')),
    payment_tx_id   text UNIQUE,
    failure_reason  text,
    cancel_reason   text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    created_by      text NOT NULL DEFAULT session_user,
    updated_at      timestamptz NOT NULL DEFAULT now(),
    minted_at       timestamptz
);
CREATE INDEX deposits_status ON deposits (status);
CREATE INDEX deposits_created ON deposits (created_at);
CREATE INDEX deposits_customer ON deposits (lower(customer_name) text_pattern_ops);

CREATE FUNCTION deposit_transition_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    allowed text[];
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'deposits are never deleted' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.status <> OLD.status THEN
        allowed := CASE OLD.status
            WHEN 'submitted'          THEN ARRAY['payment_confirmed', 'cancelled']
            WHEN 'payment_confirmed'  THEN ARRAY['mint_pending', 'mint_requires_safe', 'cap_exceeded', 'cancelled']
            WHEN 'mint_pending'       THEN ARRAY['mint_processing', 'mint_requires_safe', 'cap_exceeded', 'mint_failed',
                                                 'cancelled']
            WHEN 'mint_processing'    THEN ARRAY['minted', 'mint_failed']
            WHEN 'mint_failed'        THEN ARRAY['mint_pending', 'mint_processing', 'minted', 'cancelled']
            WHEN 'mint_requires_safe' THEN ARRAY['minted', 'cancelled']
            WHEN 'cap_exceeded'       THEN ARRAY['mint_pending', 'mint_requires_safe', 'cancelled']
            ELSE ARRAY[]::text[]
        END;
        IF NOT NEW.status = ANY (allowed) THEN
            RAISE EXCEPTION 'deposit %: % -> % is not allowed', OLD.id, OLD.status, NEW.status
                USING ERRCODE = 'check_violation';
        END IF;
    END IF;
    IF OLD.status = 'minted' AND (NEW.token_amount <> OLD.token_amount OR NEW.wallet <> OLD.wallet) THEN
        RAISE EXCEPTION 'a minted deposit never changes' USING ERRCODE = 'check_violation';
    END IF;
    NEW.updated_at := now();
    RETURN NEW;
END
$$;
CREATE TRIGGER deposits_state_machine BEFORE UPDATE OR DELETE ON deposits
    FOR EACH ROW EXECUTE FUNCTION deposit_transition_guard();

CREATE TABLE mint_transactions (
    id             bigserial PRIMARY KEY,
    deposit_id     bigint REFERENCES deposits (id),
    path           text NOT NULL CHECK (path IN ('direct', 'safe')),
    chain_id       bigint NOT NULL,
    tx_hash        bytea UNIQUE CHECK (tx_hash IS NULL OR length(tx_hash) = 32),
    sender         bytea CHECK (sender IS NULL OR length(sender) = 20),
    nonce          numeric(78, 0),
    recipient      bytea NOT NULL CHECK (length(recipient) = 20),
    amount         numeric(78, 0) NOT NULL CHECK (amount > 0),
    status         text NOT NULL CHECK (status IN ('signed', 'sent', 'confirmed', 'failed', 'replaced')),
    safe_tx_hash   bytea,
    block_number   bigint,
    error          text,
    created_at     timestamptz NOT NULL DEFAULT now(),
    created_by     text NOT NULL DEFAULT session_user,
    updated_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX mint_transactions_deposit ON mint_transactions (deposit_id);

CREATE TABLE safe_proposals (
    id              bigserial PRIMARY KEY,
    kind            text NOT NULL CHECK (kind IN ('mint', 'pause', 'unpause', 'grant_role', 'revoke_role', 'freeze',
                                                  'unfreeze', 'other')),
    deposit_id      bigint REFERENCES deposits (id),
    chain_id        bigint NOT NULL,
    safe_address    bytea NOT NULL CHECK (length(safe_address) = 20),
    safe_nonce      numeric(78, 0) NOT NULL,
    safe_tx_hash    bytea NOT NULL UNIQUE CHECK (length(safe_tx_hash) = 32),
    target          bytea NOT NULL CHECK (length(target) = 20),
    value           numeric(78, 0) NOT NULL DEFAULT 0,
    calldata        bytea NOT NULL,
    summary         text NOT NULL,
    status          text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'executed', 'failed', 'abandoned')),
    execution_tx    bytea,
    execution_block bigint,
    created_at      timestamptz NOT NULL DEFAULT now(),
    created_by      text NOT NULL DEFAULT session_user,
    resolved_at     timestamptz
);

CREATE TABLE reconciliation_entries (
    id          bigserial PRIMARY KEY,
    chain_id    bigint NOT NULL,
    amount      numeric(78, 0) NOT NULL,           -- signed: + for an on-chain mint without a deposit
    tx_hash     bytea,
    reason      text NOT NULL CHECK (length(trim(reason)) > 0),
    created_at  timestamptz NOT NULL DEFAULT now(),
    created_by  text NOT NULL DEFAULT session_user
);
CREATE UNIQUE INDEX reconciliation_tx ON reconciliation_entries (chain_id, tx_hash) WHERE tx_hash IS NOT NULL;
CREATE TRIGGER reconciliation_append_only BEFORE UPDATE OR DELETE ON reconciliation_entries
    FOR EACH ROW EXECUTE FUNCTION refuse_change();

-- ---------------------------------------------------------------------------------------------------------
-- The chain follower (architecture sections 1, 6). Only vd_listener writes here.
CREATE TABLE chain_cursor (
    chain_id         bigint NOT NULL,
    contract         bytea NOT NULL CHECK (length(contract) = 20),
    start_block      bigint NOT NULL,
    last_block       bigint NOT NULL,        -- everything up to and including this block is applied
    last_block_hash  bytea,
    updated_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (chain_id, contract)
);

CREATE TABLE chain_blocks (                  -- hashes of the unfinalized window, for reorg detection
    chain_id     bigint NOT NULL,
    number       bigint NOT NULL,
    hash         bytea NOT NULL,
    parent_hash  bytea NOT NULL,
    timestamp    timestamptz NOT NULL,
    PRIMARY KEY (chain_id, number)
);

CREATE TABLE chain_logs (
    id             bigserial PRIMARY KEY,
    chain_id       bigint NOT NULL,
    block_number   bigint NOT NULL,
    block_hash     bytea NOT NULL,
    block_time     timestamptz,
    tx_hash        bytea NOT NULL,
    tx_index       integer NOT NULL,
    log_index      integer NOT NULL,
    address        bytea NOT NULL,
    topic0         bytea,
    topic1         bytea,
    topic2         bytea,
    topic3         bytea,
    data           bytea NOT NULL,
    UNIQUE (chain_id, block_hash, log_index)
);
CREATE INDEX chain_logs_block ON chain_logs (chain_id, block_number);
CREATE INDEX chain_logs_topic0 ON chain_logs (topic0);

CREATE TABLE chain_redemptions (             -- Redeemed(orderHash, customer, amount); order_id NULL = unknown code
    log_id        bigint PRIMARY KEY REFERENCES chain_logs (id) ON DELETE CASCADE,
    chain_id      bigint NOT NULL,
    order_hash    bytea NOT NULL,
    customer      bytea NOT NULL,
    amount        numeric(78, 0) NOT NULL,
    block_number  bigint NOT NULL,
    tx_hash       bytea NOT NULL,
    order_id      bigint REFERENCES orders (id)
);
CREATE INDEX chain_redemptions_order ON chain_redemptions (order_hash);

CREATE TABLE chain_transfers (               -- mints (from = 0) and burns (to = 0) of the token
    log_id        bigint PRIMARY KEY REFERENCES chain_logs (id) ON DELETE CASCADE,
    chain_id      bigint NOT NULL,
    kind          text NOT NULL CHECK (kind IN ('mint', 'burn')),
    account       bytea NOT NULL,
    amount        numeric(78, 0) NOT NULL,
    block_number  bigint NOT NULL,
    tx_hash       bytea NOT NULL
);

CREATE TABLE contract_state (
    chain_id       bigint NOT NULL,
    contract       bytea NOT NULL,
    paused         boolean NOT NULL DEFAULT false,
    paused_block   bigint,
    code_hash      bytea,
    updated_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (chain_id, contract)
);

CREATE TABLE role_members (
    chain_id       bigint NOT NULL,
    contract       bytea NOT NULL,
    role           bytea NOT NULL CHECK (length(role) = 32),
    account        bytea NOT NULL CHECK (length(account) = 20),
    granted_block  bigint NOT NULL,
    granted_tx     bytea NOT NULL,
    granted_by     bytea,
    PRIMARY KEY (chain_id, contract, role, account)
);

CREATE TABLE frozen_accounts (
    chain_id      bigint NOT NULL,
    contract      bytea NOT NULL,
    account       bytea NOT NULL CHECK (length(account) = 20),
    frozen_block  bigint NOT NULL,
    frozen_tx     bytea NOT NULL,
    reason        text,
    PRIMARY KEY (chain_id, contract, account)
);

CREATE TABLE listener_health (
    chain_id         bigint NOT NULL,
    contract         bytea NOT NULL,
    leader           text NOT NULL,
    healthy          boolean NOT NULL,
    state            text NOT NULL,
    head_block       bigint,
    finalized_block  bigint,
    last_block       bigint,
    lag_blocks       bigint,
    lag_seconds      double precision,
    endpoint         text,
    error_rate       double precision,
    range_size       integer,
    reorgs           integer NOT NULL DEFAULT 0,
    last_error       text,
    heartbeat_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (chain_id, contract)
);

-- ---------------------------------------------------------------------------------------------------------
-- Grants: least privilege. Nothing here gives UPDATE/DELETE on audit rows to anyone.
GRANT SELECT ON orders, deliveries, listener_health, app_settings TO vd_reception;
GRANT EXECUTE ON FUNCTION lookup_order(bytea, text, text), deliver_order(bytea, uuid, text, text, text)
    TO vd_reception, vd_backoffice;

GRANT SELECT ON ALL TABLES IN SCHEMA vd TO vd_backoffice;
GRANT INSERT, UPDATE ON deposits, mint_transactions, safe_proposals TO vd_backoffice;
GRANT INSERT ON reconciliation_entries, audit_log, scan_events TO vd_backoffice;
GRANT UPDATE (resolved_at, resolved_by, resolution) ON incidents TO vd_backoffice;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA vd TO vd_backoffice;
GRANT EXECUTE ON FUNCTION create_order(bytea, numeric, text, text, text, timestamptz, text),
                          cancel_order(bigint, text, text), expire_orders(),
                          audit(text, text, text, jsonb, jsonb, jsonb, text) TO vd_backoffice;

GRANT SELECT ON ALL TABLES IN SCHEMA vd TO vd_listener;
GRANT INSERT, UPDATE, DELETE ON chain_cursor, chain_blocks, chain_logs, chain_redemptions, chain_transfers,
                                contract_state, role_members, frozen_accounts, listener_health TO vd_listener;
GRANT UPDATE (status, redeem_chain_id, redeem_tx, redeem_block, redeem_block_hash, redeem_log_index, redeem_amount,
              redeemer, confirmations, valid_at) ON orders TO vd_listener;
GRANT UPDATE (status, execution_tx, execution_block, resolved_at) ON safe_proposals TO vd_listener;
GRANT INSERT ON incidents, audit_log TO vd_listener;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA vd TO vd_listener;
GRANT EXECUTE ON FUNCTION expire_orders(), audit(text, text, text, jsonb, jsonb, jsonb, text) TO vd_listener;

GRANT EXECUTE ON FUNCTION create_order(bytea, numeric, text, text, text, timestamptz, text) TO vd_shop;

-- Admins: settings through an audited function.
CREATE FUNCTION set_setting(p_key text, p_value jsonb, p_workstation text DEFAULT '')
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = vd, pg_temp AS $$
DECLARE
    old jsonb;
BEGIN
    IF NOT pg_has_role(session_user, 'vd_admin', 'MEMBER') THEN
        RAISE EXCEPTION 'only an administrator may change %', p_key USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT value INTO old FROM app_settings WHERE key = p_key FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'unknown setting %', p_key USING ERRCODE = 'invalid_parameter_value';
    END IF;
    UPDATE app_settings SET value = p_value, updated_at = now(), updated_by = session_user WHERE key = p_key;
    INSERT INTO audit_log (workstation, action, entity, entity_id, before, after)
    VALUES (p_workstation, 'setting.change', 'setting', p_key, jsonb_build_object('value', old),
            jsonb_build_object('value', p_value));
END
$$;
GRANT EXECUTE ON FUNCTION set_setting(text, jsonb, text) TO vd_admin;

-- Who am I: the group role of the current login, for the app to show only what that role may use.
CREATE FUNCTION my_role() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER SET search_path = vd, pg_temp AS $$
    SELECT CASE
        WHEN pg_has_role(session_user, 'vd_admin', 'MEMBER') THEN 'vd_admin'
        WHEN pg_has_role(session_user, 'vd_backoffice', 'MEMBER') THEN 'vd_backoffice'
        WHEN pg_has_role(session_user, 'vd_reception', 'MEMBER') THEN 'vd_reception'
        WHEN pg_has_role(session_user, 'vd_listener', 'MEMBER') THEN 'vd_listener'
        WHEN pg_has_role(session_user, 'vd_shop', 'MEMBER') THEN 'vd_shop'
        ELSE 'none'
    END;
$$;
GRANT EXECUTE ON FUNCTION my_role() TO vd_listener, vd_reception, vd_backoffice, vd_admin, vd_shop;

-- ---------------------------------------------------------------------------------------------------------
-- Operators: one database login per person, in exactly one staff group. Managed by admins through these
-- functions; passwords arrive only as SCRAM-SHA-256 verifiers computed on the workstation (libpq), so a
-- plaintext password never reaches the server, its logs or the audit.
CREATE TABLE operators (
    login             text PRIMARY KEY,
    full_name         text NOT NULL,
    group_role        text NOT NULL CHECK (group_role IN ('vd_reception', 'vd_backoffice', 'vd_admin')),
    created_at        timestamptz NOT NULL DEFAULT now(),
    created_by        text NOT NULL DEFAULT session_user,
    disabled_at       timestamptz,
    last_sign_in_at   timestamptz,
    last_workstation  text
);

CREATE FUNCTION require_admin() RETURNS void LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = vd, pg_temp AS $$
BEGIN
    IF NOT pg_has_role(session_user, 'vd_admin', 'MEMBER') THEN
        RAISE EXCEPTION 'only an administrator may manage operators' USING ERRCODE = 'insufficient_privilege';
    END IF;
END
$$;

CREATE FUNCTION check_verifier(p_verifier text) RETURNS void LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    IF p_verifier IS NULL OR p_verifier !~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN
        RAISE EXCEPTION 'a password must be given as a SCRAM-SHA-256 verifier, never in plain text'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
END
$$;

CREATE FUNCTION create_operator(p_login text, p_full_name text, p_group text, p_verifier text,
                                p_workstation text DEFAULT '')
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = vd, pg_temp AS $$
BEGIN
    PERFORM require_admin();
    IF p_login !~ '^[a-z][a-z0-9_.-]{1,40}$' OR p_login LIKE 'vd\_%' OR p_login LIKE 'pg\_%' THEN
        RAISE EXCEPTION 'login name % is not allowed (lowercase letters, digits, . _ -; not vd_ or pg_)', p_login
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_group NOT IN ('vd_reception', 'vd_backoffice', 'vd_admin') THEN
        RAISE EXCEPTION 'unknown group %', p_group USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF length(trim(coalesce(p_full_name, ''))) = 0 THEN
        RAISE EXCEPTION 'the operator needs a name' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    PERFORM check_verifier(p_verifier);
    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', p_login, p_verifier, p_group);
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), p_login);
    INSERT INTO operators (login, full_name, group_role) VALUES (p_login, trim(p_full_name), p_group);
    INSERT INTO audit_log (workstation, action, entity, entity_id, after)
    VALUES (p_workstation, 'operator.create', 'operator', p_login,
            jsonb_build_object('group', p_group, 'full_name', trim(p_full_name)));
END
$$;

CREATE FUNCTION managed_operator(p_login text) RETURNS operators LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = vd, pg_temp AS $$
DECLARE
    o operators%ROWTYPE;
BEGIN
    SELECT * INTO o FROM operators WHERE login = p_login;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no operator %', p_login USING ERRCODE = 'no_data_found';
    END IF;
    RETURN o;
END
$$;

CREATE FUNCTION reset_operator_password(p_login text, p_verifier text, p_workstation text DEFAULT '')
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = vd, pg_temp AS $$
BEGIN
    PERFORM require_admin();
    PERFORM managed_operator(p_login);
    PERFORM check_verifier(p_verifier);
    EXECUTE format('ALTER ROLE %I PASSWORD %L', p_login, p_verifier);
    INSERT INTO audit_log (workstation, action, entity, entity_id) VALUES (p_workstation, 'operator.reset_password',
                                                                           'operator', p_login);
END
$$;

CREATE FUNCTION set_operator_enabled(p_login text, p_enabled boolean, p_workstation text DEFAULT '')
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = vd, pg_temp AS $$
DECLARE
    o operators%ROWTYPE;
BEGIN
    PERFORM require_admin();
    o := managed_operator(p_login);
    IF NOT p_enabled AND p_login = session_user THEN
        RAISE EXCEPTION 'you cannot disable your own login' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    EXECUTE format('ALTER ROLE %I %s', p_login, CASE WHEN p_enabled THEN 'LOGIN' ELSE 'NOLOGIN' END);
    UPDATE operators SET disabled_at = CASE WHEN p_enabled THEN NULL ELSE now() END WHERE login = p_login;
    INSERT INTO audit_log (workstation, action, entity, entity_id, before, after)
    VALUES (p_workstation, CASE WHEN p_enabled THEN 'operator.enable' ELSE 'operator.disable' END, 'operator', p_login,
            jsonb_build_object('disabled', o.disabled_at IS NOT NULL), jsonb_build_object('disabled', NOT p_enabled));
END
$$;

-- Called by the app after each sign-in: "last sign-in" for the admin screen, and an audit row.
CREATE FUNCTION record_sign_in(p_workstation text) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = vd, pg_temp AS $$
BEGIN
    UPDATE operators SET last_sign_in_at = now(), last_workstation = p_workstation WHERE login = session_user;
    INSERT INTO audit_log (workstation, action, entity, entity_id) VALUES (p_workstation, 'operator.sign_in',
                                                                           'operator', session_user);
    RETURN my_role();
END
$$;

CREATE FUNCTION list_operators()
RETURNS TABLE (login text, full_name text, group_role text, created_at timestamptz, disabled boolean,
               last_sign_in_at timestamptz, last_workstation text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = vd, pg_temp AS $$
BEGIN
    PERFORM require_admin();
    RETURN QUERY SELECT o.login, o.full_name, o.group_role, o.created_at, o.disabled_at IS NOT NULL,
                        o.last_sign_in_at, o.last_workstation
                   FROM operators o ORDER BY o.login;
END
$$;

REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA vd FROM PUBLIC;
GRANT EXECUTE ON FUNCTION record_sign_in(text) TO vd_reception, vd_backoffice, vd_admin, vd_listener;
GRANT EXECUTE ON FUNCTION create_operator(text, text, text, text, text), reset_operator_password(text, text, text),
                          set_operator_enabled(text, boolean, text), list_operators() TO vd_admin;
