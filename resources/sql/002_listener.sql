-- VoucherDesk schema v2: the chain listener's batch functions. One call of listener_apply() is one batch (blocks,
-- logs, their effects, cursor) in one transaction; listener_rewind() undoes everything above a common ancestor in
-- one transaction. Both run with the caller's rights (vd_listener), check that the caller still holds the
-- leader's advisory lock, and NOTIFY vd_chain (delivered on commit).
SET LOCAL ROLE vd_owner;
SET LOCAL search_path = vd, pg_temp;

-- What the listener decoded a log as ('redeemed', 'mint', 'burn', 'transfer', 'paused', 'unpaused', 'role_granted',
-- 'role_revoked', 'frozen', 'unfrozen', 'safe_success', 'safe_failure', 'other'); lets state be recomputed from the
-- logs that remain after a reorg.
ALTER TABLE chain_logs ADD COLUMN event text;
-- Partial: only the logs state is recomputed from (plain transfers are most of the volume and never looked up by it).
CREATE INDEX chain_logs_event ON chain_logs (chain_id, address, event, block_number)
    WHERE event NOT IN ('transfer', 'other');
CREATE INDEX chain_redemptions_log_block ON chain_redemptions (chain_id, block_number);
CREATE INDEX orders_pending_chain ON orders (redeem_chain_id) WHERE status = 'PENDING_CHAIN';

-- Raises unless this session holds the advisory lock the listener was elected with (bigint key split in two).
CREATE FUNCTION listener_assert_leader(p_lock_key bigint) RETURNS void LANGUAGE plpgsql SET search_path = vd, pg_temp AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_locks
                    WHERE locktype = 'advisory' AND pid = pg_backend_pid() AND granted AND objsubid = 1
                      AND classid::bigint = ((p_lock_key >> 32) & 4294967295)
                      AND objid::bigint = (p_lock_key & 4294967295)) THEN
        RAISE EXCEPTION 'this listener is no longer the leader' USING ERRCODE = 'lock_not_available';
    END IF;
END
$$;

-- An order's status from the redemptions that remain on chain. The redemption that counts is the first that pays
-- enough, else the first. Expired at the block's time -> EXPIRED; below depth -> PENDING_CHAIN; at depth VALID or
-- UNDERPAID; no redemption left -> back to CREATED (a DELIVERED order raises an incident instead).
CREATE FUNCTION listener_refresh_order(p_chain bigint, p_contract bytea, p_hash bytea, p_head bigint, p_depth integer)
RETURNS void LANGUAGE plpgsql SET search_path = vd, pg_temp AS $$
DECLARE
    o orders%ROWTYPE;
    r record;
    v_conf integer;
    v_target text;
    v_direct boolean;
    v_found boolean;
BEGIN
    SELECT * INTO o FROM orders WHERE order_hash = p_hash FOR UPDATE;
    IF NOT FOUND THEN
        RETURN;
    END IF;
    UPDATE chain_redemptions SET order_id = o.id WHERE chain_id = p_chain AND order_hash = p_hash AND order_id IS NULL;
    SELECT cr.amount, cr.block_number, cr.tx_hash, cr.customer, cl.block_hash, cl.log_index, cl.block_time INTO r
      FROM chain_redemptions cr JOIN chain_logs cl ON cl.id = cr.log_id
     WHERE cr.chain_id = p_chain AND cr.order_hash = p_hash AND cl.address = p_contract
     ORDER BY (cr.amount >= o.amount) DESC, cr.block_number, cl.log_index
     LIMIT 1;
    v_found := FOUND;
    IF o.status = 'DELIVERED' THEN
        IF NOT v_found AND NOT EXISTS (SELECT 1 FROM incidents WHERE order_id = o.id AND kind = 'reorg_removed_proof'
                                                            AND resolved_at IS NULL) THEN
            INSERT INTO incidents (kind, order_id, details)
            VALUES ('reorg_removed_proof', o.id,
                    jsonb_build_object('order_hash', '0x' || encode(o.order_hash, 'hex'),
                                       'redeem_tx', '0x' || encode(o.redeem_tx, 'hex'),
                                       'redeem_block', o.redeem_block, 'chain_id', p_chain,
                                       'note', 'a chain reorganisation removed the redemption of a delivered order'));
        END IF;
        RETURN;
    END IF;
    IF o.status = 'CANCELLED' THEN
        RETURN;
    END IF;
    IF NOT v_found THEN
        IF o.status IN ('PENDING_CHAIN', 'VALID', 'UNDERPAID') OR o.redeem_tx IS NOT NULL THEN
            IF o.status IN ('PENDING_CHAIN', 'VALID', 'UNDERPAID') THEN
                o.status := 'CREATED';
            END IF;
            UPDATE orders SET status = o.status, redeem_chain_id = NULL, redeem_tx = NULL, redeem_block = NULL,
                              redeem_block_hash = NULL, redeem_log_index = NULL, redeem_amount = NULL, redeemer = NULL,
                              confirmations = 0, valid_at = NULL
             WHERE id = o.id;
        END IF;
        RETURN;
    END IF;
    v_conf := greatest(0, p_head - r.block_number + 1);
    IF o.expires_at IS NOT NULL AND r.block_time IS NOT NULL AND r.block_time > o.expires_at THEN
        v_target := 'EXPIRED';
    ELSIF v_conf < p_depth THEN
        v_target := 'PENDING_CHAIN';
    ELSIF r.amount >= o.amount THEN
        v_target := 'VALID';
    ELSE
        v_target := 'UNDERPAID';
    END IF;
    IF o.status <> v_target THEN
        v_direct := v_target = ANY (CASE o.status
            WHEN 'CREATED'       THEN ARRAY['PENDING_CHAIN', 'VALID', 'UNDERPAID', 'EXPIRED']
            WHEN 'PENDING_CHAIN' THEN ARRAY['CREATED', 'VALID', 'UNDERPAID']
            WHEN 'VALID'         THEN ARRAY['CREATED', 'PENDING_CHAIN']
            WHEN 'UNDERPAID'     THEN ARRAY['CREATED', 'PENDING_CHAIN']
            WHEN 'EXPIRED'       THEN ARRAY['PENDING_CHAIN', 'VALID', 'UNDERPAID']
            ELSE ARRAY[]::text[] END);
        IF NOT v_direct THEN
            UPDATE orders SET status = 'CREATED' WHERE id = o.id; -- the state machine's way round
        END IF;
    END IF;
    UPDATE orders SET status = v_target, redeem_chain_id = p_chain, redeem_tx = r.tx_hash, redeem_block = r.block_number,
                      redeem_block_hash = r.block_hash, redeem_log_index = r.log_index, redeem_amount = r.amount,
                      redeemer = r.customer, confirmations = v_conf,
                      valid_at = CASE WHEN v_target = 'VALID' THEN coalesce(o.valid_at, now()) END
     WHERE id = o.id
       AND (status, redeem_tx, redeem_block_hash, redeem_log_index, confirmations)
           IS DISTINCT FROM (v_target, r.tx_hash, r.block_hash, r.log_index, v_conf);
END
$$;

-- Contract state derived from the last remaining log per key (so a late log or a reorg can never leave it wrong).
CREATE FUNCTION listener_refresh_state(p_chain bigint, p_contract bytea, p_roles bytea[], p_frozen bytea[],
                                       p_paused boolean)
RETURNS void LANGUAGE plpgsql SET search_path = vd, pg_temp AS $$
DECLARE
    k bytea;
    l chain_logs%ROWTYPE;
    pad constant bytea := '\x000000000000000000000000'::bytea;
BEGIN
    FOREACH k IN ARRAY coalesce(p_roles, ARRAY[]::bytea[]) LOOP
        SELECT * INTO l FROM chain_logs
         WHERE chain_id = p_chain AND address = p_contract AND event IN ('role_granted', 'role_revoked')
           AND topic1 = substr(k, 1, 32) AND topic2 = pad || substr(k, 33, 20)
         ORDER BY block_number DESC, log_index DESC LIMIT 1;
        IF FOUND AND l.event = 'role_granted' THEN
            INSERT INTO role_members (chain_id, contract, role, account, granted_block, granted_tx, granted_by)
            VALUES (p_chain, p_contract, substr(k, 1, 32), substr(k, 33, 20), l.block_number, l.tx_hash,
                    substr(l.topic3, 13, 20))
            ON CONFLICT (chain_id, contract, role, account) DO UPDATE
                SET granted_block = EXCLUDED.granted_block, granted_tx = EXCLUDED.granted_tx,
                    granted_by = EXCLUDED.granted_by;
        ELSE
            DELETE FROM role_members WHERE chain_id = p_chain AND contract = p_contract AND role = substr(k, 1, 32)
                                       AND account = substr(k, 33, 20);
        END IF;
    END LOOP;
    FOREACH k IN ARRAY coalesce(p_frozen, ARRAY[]::bytea[]) LOOP
        SELECT * INTO l FROM chain_logs
         WHERE chain_id = p_chain AND address = p_contract AND event IN ('frozen', 'unfrozen') AND topic1 = pad || k
         ORDER BY block_number DESC, log_index DESC LIMIT 1;
        IF FOUND AND l.event = 'frozen' THEN
            INSERT INTO frozen_accounts (chain_id, contract, account, frozen_block, frozen_tx)
            VALUES (p_chain, p_contract, k, l.block_number, l.tx_hash)
            ON CONFLICT (chain_id, contract, account) DO UPDATE
                SET frozen_block = EXCLUDED.frozen_block, frozen_tx = EXCLUDED.frozen_tx;
        ELSE
            DELETE FROM frozen_accounts WHERE chain_id = p_chain AND contract = p_contract AND account = k;
        END IF;
    END LOOP;
    IF p_paused THEN
        SELECT * INTO l FROM chain_logs
         WHERE chain_id = p_chain AND address = p_contract AND event IN ('paused', 'unpaused')
         ORDER BY block_number DESC, log_index DESC LIMIT 1;
        INSERT INTO contract_state (chain_id, contract, paused, paused_block, updated_at)
        VALUES (p_chain, p_contract, FOUND AND l.event = 'paused', CASE WHEN FOUND THEN l.block_number END, now())
        ON CONFLICT (chain_id, contract) DO UPDATE
            SET paused = EXCLUDED.paused, paused_block = EXCLUDED.paused_block, updated_at = now();
    END IF;
END
$$;

-- Orders still below depth move on as the head grows.
CREATE FUNCTION listener_confirm(p_chain bigint, p_contract bytea, p_head bigint, p_depth integer)
RETURNS void LANGUAGE plpgsql SET search_path = vd, pg_temp AS $$
DECLARE
    h bytea;
BEGIN
    FOR h IN SELECT order_hash FROM orders WHERE status = 'PENDING_CHAIN' AND redeem_chain_id = p_chain LOOP
        PERFORM listener_refresh_order(p_chain, p_contract, h, p_head, p_depth);
    END LOOP;
END
$$;

-- One batch. p: {lock, chain, contract, safe, start, prev, from, to, to_hash, head, depth, prune_below,
--                blocks:[{n,h,p,t}], logs:[{n,bh,bt,tx,ti,li,a,t0..t3,d,k, hash, account, amount, role}]}
-- (hex without 0x, times in unix seconds). Returns the number of logs that were new.
CREATE FUNCTION listener_apply(p jsonb) RETURNS integer LANGUAGE plpgsql SET search_path = vd, pg_temp AS $$
DECLARE
    v_chain bigint := (p->>'chain')::bigint;
    v_contract bytea := decode(p->>'contract', 'hex');
    v_prev bigint := (p->>'prev')::bigint;
    v_to bigint := (p->>'to')::bigint;
    v_cur bigint;
    v_new integer;
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

    -- Replay ("reconcile"): stored logs of this range that the canonical chain no longer has are removed, with
    -- their effects. Logs the chain still has are left alone, so a replay over a correct range changes nothing.
    IF coalesce((p->>'reconcile')::boolean, false) THEN
        WITH src AS (SELECT decode(l->>'bh', 'hex') AS bh, (l->>'li')::integer AS li FROM jsonb_array_elements(p->'logs') l)
        SELECT coalesce(array_agg(cl.id), ARRAY[]::bigint[]) INTO v_stale
          FROM chain_logs cl LEFT JOIN src ON src.bh = cl.block_hash AND src.li = cl.log_index
         WHERE cl.chain_id = v_chain AND cl.block_number BETWEEN (p->>'from')::bigint AND v_to
           AND (cl.address = v_contract OR cl.address = v_safe) AND src.bh IS NULL;
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

    IF to_regclass('pg_temp.listener_batch') IS NULL THEN
        CREATE TEMP TABLE listener_batch (id bigint NOT NULL, l jsonb NOT NULL) ON COMMIT DELETE ROWS;
    END IF;
    TRUNCATE listener_batch;
    WITH src AS (SELECT l FROM jsonb_array_elements(p->'logs') l),
    ins AS (
        INSERT INTO chain_logs (chain_id, block_number, block_hash, block_time, tx_hash, tx_index, log_index, address,
                                topic0, topic1, topic2, topic3, data, event)
        SELECT v_chain, (l->>'n')::bigint, decode(l->>'bh', 'hex'), to_timestamp((l->>'bt')::float8),
               decode(l->>'tx', 'hex'), (l->>'ti')::integer, (l->>'li')::integer, decode(l->>'a', 'hex'),
               decode(l->>'t0', 'hex'), decode(l->>'t1', 'hex'), decode(l->>'t2', 'hex'), decode(l->>'t3', 'hex'),
               decode(l->>'d', 'hex'), l->>'k'
          FROM src
        ON CONFLICT (chain_id, block_hash, log_index) DO NOTHING
        RETURNING id, block_hash, log_index, event),
    eff AS ( -- only logs with effects need their decoded fields again (plain transfers are most of the volume)
        INSERT INTO listener_batch (id, l)
        SELECT ins.id, src.l FROM ins JOIN src ON decode(src.l->>'bh', 'hex') = ins.block_hash
                                             AND (src.l->>'li')::integer = ins.log_index
         WHERE ins.event NOT IN ('transfer', 'other')
        RETURNING 1)
    SELECT count(*) INTO v_new FROM ins;

    IF v_new > 0 OR cardinality(v_stale) > 0 THEN
        INSERT INTO chain_transfers (log_id, chain_id, kind, account, amount, block_number, tx_hash)
        SELECT id, v_chain, l->>'k', decode(l->>'account', 'hex'), (l->>'amount')::numeric, (l->>'n')::bigint,
               decode(l->>'tx', 'hex')
          FROM listener_batch WHERE l->>'k' IN ('mint', 'burn');

        INSERT INTO chain_redemptions (log_id, chain_id, order_hash, customer, amount, block_number, tx_hash, order_id)
        SELECT b.id, v_chain, decode(b.l->>'hash', 'hex'), decode(b.l->>'account', 'hex'), (b.l->>'amount')::numeric,
               (b.l->>'n')::bigint, decode(b.l->>'tx', 'hex'), o.id
          FROM listener_batch b LEFT JOIN orders o ON o.order_hash = decode(b.l->>'hash', 'hex')
         WHERE b.l->>'k' = 'redeemed';

        UPDATE safe_proposals sp
           SET status = CASE WHEN b.l->>'k' = 'safe_success' THEN 'executed' ELSE 'failed' END,
               execution_tx = decode(b.l->>'tx', 'hex'), execution_block = (b.l->>'n')::bigint, resolved_at = now()
          FROM listener_batch b
         WHERE b.l->>'k' IN ('safe_success', 'safe_failure') AND sp.status = 'pending' AND sp.chain_id = v_chain
           AND sp.safe_tx_hash = decode(b.l->>'hash', 'hex') AND sp.safe_address = decode(b.l->>'a', 'hex');

        PERFORM listener_refresh_state(v_chain, v_contract,
            v_roles || ARRAY(SELECT DISTINCT decode(l->>'role', 'hex') || decode(l->>'account', 'hex') FROM listener_batch
                              WHERE l->>'k' IN ('role_granted', 'role_revoked')),
            v_frozen || ARRAY(SELECT DISTINCT decode(l->>'account', 'hex') FROM listener_batch
                               WHERE l->>'k' IN ('frozen', 'unfrozen')),
            v_paused OR EXISTS (SELECT 1 FROM listener_batch WHERE l->>'k' IN ('paused', 'unpaused')));

        FOR h IN SELECT DISTINCT x FROM unnest(v_hashes || ARRAY(SELECT decode(l->>'hash', 'hex') FROM listener_batch
                                                               WHERE l->>'k' = 'redeemed')) x LOOP
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

-- Undo everything above `p_ancestor` (a block both the stored and the canonical chain share): logs and their effects,
-- block hashes, Safe resolutions; recompute state and orders; move the cursor back. Returns the logs removed.
CREATE FUNCTION listener_rewind(p_lock bigint, p_chain bigint, p_contract bytea, p_safe bytea, p_ancestor bigint,
                                p_ancestor_hash bytea, p_head bigint, p_depth integer)
RETURNS integer LANGUAGE plpgsql SET search_path = vd, pg_temp AS $$
DECLARE
    v_hashes bytea[];
    v_roles bytea[];
    v_frozen bytea[];
    v_paused boolean;
    v_removed integer;
    h bytea;
BEGIN
    PERFORM listener_assert_leader(p_lock);
    PERFORM 1 FROM chain_cursor WHERE chain_id = p_chain AND contract = p_contract FOR UPDATE;
    v_hashes := ARRAY(SELECT DISTINCT cr.order_hash FROM chain_redemptions cr JOIN chain_logs cl ON cl.id = cr.log_id
                       WHERE cl.chain_id = p_chain AND cl.address = p_contract AND cl.block_number > p_ancestor);
    v_roles := ARRAY(SELECT DISTINCT topic1 || substr(topic2, 13, 20) FROM chain_logs
                      WHERE chain_id = p_chain AND address = p_contract AND block_number > p_ancestor
                        AND event IN ('role_granted', 'role_revoked'));
    v_frozen := ARRAY(SELECT DISTINCT substr(topic1, 13, 20) FROM chain_logs
                       WHERE chain_id = p_chain AND address = p_contract AND block_number > p_ancestor
                         AND event IN ('frozen', 'unfrozen'));
    v_paused := EXISTS (SELECT 1 FROM chain_logs WHERE chain_id = p_chain AND address = p_contract
                           AND block_number > p_ancestor AND event IN ('paused', 'unpaused'));
    IF p_safe IS NOT NULL THEN
        UPDATE safe_proposals SET status = 'pending', execution_tx = NULL, execution_block = NULL, resolved_at = NULL
         WHERE chain_id = p_chain AND safe_address = p_safe AND execution_block > p_ancestor
           AND status IN ('executed', 'failed');
    END IF;
    DELETE FROM chain_logs WHERE chain_id = p_chain AND block_number > p_ancestor
                             AND (address = p_contract OR address = p_safe);
    GET DIAGNOSTICS v_removed = ROW_COUNT;
    DELETE FROM chain_blocks WHERE chain_id = p_chain AND number > p_ancestor;
    UPDATE chain_cursor SET last_block = p_ancestor, last_block_hash = p_ancestor_hash, updated_at = now()
     WHERE chain_id = p_chain AND contract = p_contract;
    PERFORM listener_refresh_state(p_chain, p_contract, v_roles, v_frozen, v_paused);
    FOREACH h IN ARRAY v_hashes LOOP
        PERFORM listener_refresh_order(p_chain, p_contract, h, p_head, p_depth);
    END LOOP;
    PERFORM pg_notify('vd_chain', json_build_object('chain', p_chain, 'contract', '0x' || encode(p_contract, 'hex'),
                                                    'reorg_to', p_ancestor, 'removed_logs', v_removed)::text);
    RETURN v_removed;
END
$$;

-- Operator action "replay from block N": the cursor goes back, nothing is deleted; re-ingesting is idempotent.
CREATE FUNCTION listener_replay_from(p_lock bigint, p_chain bigint, p_contract bytea, p_block bigint)
RETURNS void LANGUAGE plpgsql SET search_path = vd, pg_temp AS $$
BEGIN
    PERFORM listener_assert_leader(p_lock);
    UPDATE chain_cursor SET last_block = least(last_block, p_block - 1), last_block_hash = NULL, updated_at = now()
     WHERE chain_id = p_chain AND contract = p_contract;
    INSERT INTO audit_log (action, entity, entity_id, details)
    VALUES ('listener.replay', 'chain_cursor', p_chain::text || ':0x' || encode(p_contract, 'hex'),
            jsonb_build_object('from_block', p_block));
END
$$;

REVOKE EXECUTE ON FUNCTION listener_assert_leader(bigint), listener_refresh_order(bigint, bytea, bytea, bigint, integer),
    listener_refresh_state(bigint, bytea, bytea[], bytea[], boolean), listener_confirm(bigint, bytea, bigint, integer),
    listener_apply(jsonb), listener_rewind(bigint, bigint, bytea, bytea, bigint, bytea, bigint, integer),
    listener_replay_from(bigint, bigint, bytea, bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION listener_assert_leader(bigint), listener_refresh_order(bigint, bytea, bytea, bigint, integer),
    listener_refresh_state(bigint, bytea, bytea[], bytea[], boolean), listener_confirm(bigint, bytea, bigint, integer),
    listener_apply(jsonb), listener_rewind(bigint, bigint, bytea, bytea, bigint, bytea, bigint, integer),
    listener_replay_from(bigint, bigint, bytea, bigint) TO vd_listener;
