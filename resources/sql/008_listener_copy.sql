-- VoucherDesk schema v8: a faster batch path for the chain listener (issue #4: backfill throughput).
-- The listener streams a batch's logs with COPY into a per-session staging table (temporary: no WAL, typed columns,
-- no JSON to parse) and then calls listener_apply() with the batch header only, all in one transaction. The
-- function moves the staged logs into chain_logs with a plain INSERT when no stored log can conflict (the usual
-- backfill case; the speculative insertion of ON CONFLICT costs a third of the insert) and with ON CONFLICT DO NOTHING
-- otherwise. listener_apply(jsonb) with a "logs" array still works (it stages the array itself). The rules are those
-- of 002: one transaction per batch, leader and cursor checks, unique (chain, block hash, log index), effects of the
-- new logs only.
SET LOCAL ROLE vd_owner;
SET LOCAL search_path = vd, pg_temp;

-- Nothing looks logs up by topic0 alone (the listener filters by chain, address, event and block); the index only
-- slowed every insert down.
DROP INDEX chain_logs_topic0;

-- Creates this session's staging table if it does not exist yet. Rows go away at commit.
CREATE FUNCTION listener_stage() RETURNS void LANGUAGE plpgsql SET search_path = vd, pg_temp AS $$
BEGIN
    IF to_regclass('pg_temp.listener_staging') IS NULL THEN
        CREATE TEMP TABLE listener_staging (
            n bigint NOT NULL, bh bytea NOT NULL, bt bigint, tx bytea NOT NULL, ti integer NOT NULL,
            li integer NOT NULL, a bytea NOT NULL, t0 bytea, t1 bytea, t2 bytea, t3 bytea, d bytea NOT NULL,
            k text NOT NULL, hash bytea, account bytea, amount numeric(78, 0), role bytea
        ) ON COMMIT DELETE ROWS;
    END IF;
END
$$;

-- One batch. p: {lock, chain, contract, safe, start, prev, from, to, to_hash, head, depth, prune_below, reconcile,
--                blocks:[{n,h,p,t}], logs (optional):[{n,bh,bt,tx,ti,li,a,t0..t3,d,k, hash, account, amount, role}]}
-- (hex without 0x, times in unix seconds). Without "logs", the logs are the rows this transaction copied into
-- pg_temp.listener_staging (see listener_stage()). Returns the number of logs that were new.
CREATE OR REPLACE FUNCTION listener_apply(p jsonb) RETURNS integer LANGUAGE plpgsql SET search_path = vd, pg_temp AS $$
DECLARE
    v_chain bigint := (p->>'chain')::bigint;
    v_contract bytea := decode(p->>'contract', 'hex');
    v_prev bigint := (p->>'prev')::bigint;
    v_to bigint := (p->>'to')::bigint;
    v_cur bigint;
    v_new integer;
    v_min bigint;
    v_max bigint;
    v_safe bytea := decode(nullif(p->>'safe', ''), 'hex');
    v_stale bigint[] := ARRAY[]::bigint[];
    v_hashes bytea[] := ARRAY[]::bytea[];
    v_roles bytea[] := ARRAY[]::bytea[];
    v_frozen bytea[] := ARRAY[]::bytea[];
    v_paused boolean := false;
    h bytea;
BEGIN
    PERFORM listener_assert_leader((p->>'lock')::bigint);
    SELECT last_block INTO v_cur FROM chain_cursor WHERE chain_id = v_chain AND contract = v_contract FOR UPDATE;
    IF coalesce(v_cur, (p->>'start')::bigint - 1) <> v_prev THEN
        RAISE EXCEPTION 'listener cursor moved (expected %, found %)', v_prev, v_cur USING ERRCODE = 'serialization_failure';
    END IF;

    PERFORM listener_stage();
    IF p ? 'logs' THEN
        DELETE FROM listener_staging;
        INSERT INTO listener_staging (n, bh, bt, tx, ti, li, a, t0, t1, t2, t3, d, k, hash, account, amount, role)
        SELECT n, decode(bh, 'hex'), bt, decode(tx, 'hex'), ti, li, decode(a, 'hex'), decode(t0, 'hex'),
               decode(t1, 'hex'), decode(t2, 'hex'), decode(t3, 'hex'), decode(d, 'hex'), coalesce(k, 'other'),
               decode(hash, 'hex'), decode(account, 'hex'), nullif(amount, '')::numeric, decode(role, 'hex')
          FROM jsonb_to_recordset(p->'logs') AS x(n bigint, bh text, bt bigint, tx text, ti integer, li integer,
                                                  a text, t0 text, t1 text, t2 text, t3 text, d text, k text,
                                                  hash text, account text, amount text, role text);
    END IF;

    -- Replay ("reconcile"): stored logs of this range that the canonical chain no longer has are removed, with
    -- their effects. Logs the chain still has are left alone, so a replay over a correct range changes nothing.
    IF coalesce((p->>'reconcile')::boolean, false) THEN
        SELECT coalesce(array_agg(cl.id), ARRAY[]::bigint[]) INTO v_stale
          FROM chain_logs cl
         WHERE cl.chain_id = v_chain AND cl.block_number BETWEEN (p->>'from')::bigint AND v_to
           AND (cl.address = v_contract OR cl.address = v_safe)
           AND NOT EXISTS (SELECT 1 FROM listener_staging s WHERE s.bh = cl.block_hash AND s.li = cl.log_index);
        IF cardinality(v_stale) > 0 THEN
            v_hashes := ARRAY(SELECT order_hash FROM chain_redemptions WHERE log_id = ANY (v_stale));
            v_roles := ARRAY(SELECT topic1 || substr(topic2, 13, 20) FROM chain_logs
                              WHERE id = ANY (v_stale) AND event IN ('role_granted', 'role_revoked'));
            v_frozen := ARRAY(SELECT substr(topic1, 13, 20) FROM chain_logs
                               WHERE id = ANY (v_stale) AND event IN ('frozen', 'unfrozen'));
            v_paused := EXISTS (SELECT 1 FROM chain_logs WHERE id = ANY (v_stale) AND event IN ('paused', 'unpaused'));
            UPDATE safe_proposals SET status = 'pending', execution_tx = NULL, execution_block = NULL, resolved_at = NULL
             WHERE chain_id = v_chain AND status IN ('executed', 'failed') AND execution_tx IN
                   (SELECT tx_hash FROM chain_logs WHERE id = ANY (v_stale) AND event IN ('safe_success', 'safe_failure'));
            DELETE FROM chain_logs WHERE id = ANY (v_stale);
        END IF;
    END IF;

    INSERT INTO chain_blocks (chain_id, number, hash, parent_hash, timestamp)
    SELECT v_chain, (b->>'n')::bigint, decode(b->>'h', 'hex'), decode(b->>'p', 'hex'), to_timestamp((b->>'t')::float8)
      FROM jsonb_array_elements(p->'blocks') b
    ON CONFLICT (chain_id, number) DO UPDATE
        SET hash = EXCLUDED.hash, parent_hash = EXCLUDED.parent_hash, timestamp = EXCLUDED.timestamp;

    -- The new logs that have effects, with their decoded fields (only those: plain transfers are most of the volume).
    IF to_regclass('pg_temp.listener_new') IS NULL THEN
        CREATE TEMP TABLE listener_new (id bigint NOT NULL, n bigint, tx bytea, a bytea, k text, hash bytea,
                                        account bytea, amount numeric(78, 0), role bytea) ON COMMIT DELETE ROWS;
    END IF;
    DELETE FROM listener_new;
    SELECT min(n), max(n) INTO v_min, v_max FROM listener_staging;
    IF v_min IS NOT NULL AND NOT EXISTS (SELECT 1 FROM chain_logs WHERE chain_id = v_chain
                                                                   AND block_number BETWEEN v_min AND v_max) THEN
        -- Nothing stored in these blocks (the leader's cursor lock keeps it so until commit): a plain insert. A log
        -- the provider sent twice is kept once.
        WITH ins AS (
            INSERT INTO chain_logs (chain_id, block_number, block_hash, block_time, tx_hash, tx_index, log_index,
                                    address, topic0, topic1, topic2, topic3, data, event)
            SELECT DISTINCT ON (bh, li) v_chain, n, bh, to_timestamp(bt), tx, ti, li, a, t0, t1, t2, t3, d, k
              FROM listener_staging
             ORDER BY bh, li
            RETURNING id, block_hash, log_index, event),
        eff AS (
            INSERT INTO listener_new (id, n, tx, a, k, hash, account, amount, role)
            SELECT DISTINCT ON (i.id) i.id, s.n, s.tx, s.a, s.k, s.hash, s.account, s.amount, s.role
              FROM ins i JOIN listener_staging s ON s.bh = i.block_hash AND s.li = i.log_index
             WHERE i.event NOT IN ('transfer', 'other')
             ORDER BY i.id
            RETURNING 1)
        SELECT count(*) INTO v_new FROM ins;
    ELSE
        WITH ins AS (
            INSERT INTO chain_logs (chain_id, block_number, block_hash, block_time, tx_hash, tx_index, log_index,
                                    address, topic0, topic1, topic2, topic3, data, event)
            SELECT v_chain, n, bh, to_timestamp(bt), tx, ti, li, a, t0, t1, t2, t3, d, k FROM listener_staging
            ON CONFLICT (chain_id, block_hash, log_index) DO NOTHING
            RETURNING id, block_hash, log_index, event),
        eff AS (
            INSERT INTO listener_new (id, n, tx, a, k, hash, account, amount, role)
            SELECT DISTINCT ON (i.id) i.id, s.n, s.tx, s.a, s.k, s.hash, s.account, s.amount, s.role
              FROM ins i JOIN listener_staging s ON s.bh = i.block_hash AND s.li = i.log_index
             WHERE i.event NOT IN ('transfer', 'other')
             ORDER BY i.id
            RETURNING 1)
        SELECT count(*) INTO v_new FROM ins;
    END IF;

    IF v_new > 0 OR cardinality(v_stale) > 0 THEN
        INSERT INTO chain_transfers (log_id, chain_id, kind, account, amount, block_number, tx_hash)
        SELECT id, v_chain, k, account, amount, n, tx FROM listener_new WHERE k IN ('mint', 'burn');

        INSERT INTO chain_redemptions (log_id, chain_id, order_hash, customer, amount, block_number, tx_hash, order_id)
        SELECT e.id, v_chain, e.hash, e.account, e.amount, e.n, e.tx, o.id
          FROM listener_new e LEFT JOIN orders o ON o.order_hash = e.hash
         WHERE e.k = 'redeemed';

        UPDATE safe_proposals sp
           SET status = CASE WHEN e.k = 'safe_success' THEN 'executed' ELSE 'failed' END,
               execution_tx = e.tx, execution_block = e.n, resolved_at = now()
          FROM listener_new e
         WHERE e.k IN ('safe_success', 'safe_failure') AND sp.status = 'pending' AND sp.chain_id = v_chain
           AND sp.safe_tx_hash = e.hash AND sp.safe_address = e.a;

        PERFORM listener_refresh_state(v_chain, v_contract,
            v_roles || ARRAY(SELECT DISTINCT role || account FROM listener_new
                              WHERE k IN ('role_granted', 'role_revoked')),
            v_frozen || ARRAY(SELECT DISTINCT account FROM listener_new WHERE k IN ('frozen', 'unfrozen')),
            v_paused OR EXISTS (SELECT 1 FROM listener_new WHERE k IN ('paused', 'unpaused')));

        FOR h IN SELECT DISTINCT x FROM unnest(v_hashes || ARRAY(SELECT hash FROM listener_new
                                                               WHERE k = 'redeemed')) x LOOP
            PERFORM listener_refresh_order(v_chain, v_contract, h, (p->>'head')::bigint, (p->>'depth')::integer);
        END LOOP;
    END IF;
    PERFORM listener_confirm(v_chain, v_contract, (p->>'head')::bigint, (p->>'depth')::integer);

    INSERT INTO chain_cursor (chain_id, contract, start_block, last_block, last_block_hash, updated_at)
    VALUES (v_chain, v_contract, (p->>'start')::bigint, v_to, decode(p->>'to_hash', 'hex'), now())
    ON CONFLICT (chain_id, contract) DO UPDATE
        SET last_block = EXCLUDED.last_block, last_block_hash = EXCLUDED.last_block_hash, updated_at = now();
    DELETE FROM chain_blocks WHERE chain_id = v_chain AND number < (p->>'prune_below')::bigint AND number <> v_to;
    PERFORM pg_notify('vd_chain', json_build_object('chain', v_chain, 'contract', '0x' || (p->>'contract'),
                                                    'last_block', v_to, 'new_logs', v_new,
                                                    'removed_logs', cardinality(v_stale))::text);
    RETURN v_new;
END
$$;

REVOKE EXECUTE ON FUNCTION listener_stage() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION listener_stage() TO vd_listener;
