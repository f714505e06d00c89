-- VoucherDesk schema v5: the back office's reconciliation entry. An on-chain mint without a deposit (a manual or
-- test mint made outside the app) is recorded with a reason through record_reconciliation(), which checks the
-- amount against what the listener saw for that transaction and writes the audit row in the same transaction.
-- The table is no longer writable directly: the function is the only way in.
SET LOCAL ROLE vd_owner;
SET LOCAL search_path = vd, pg_temp;

CREATE INDEX IF NOT EXISTS chain_transfers_tx ON chain_transfers (tx_hash);
CREATE INDEX IF NOT EXISTS audit_log_actor_at ON audit_log (actor, at);
CREATE INDEX IF NOT EXISTS audit_log_action_at ON audit_log (action, at);

-- p_amount: token base units, signed (+ for tokens on chain the books do not know). With p_tx_hash, the
-- transaction must be an on-chain mint of our token seen by the listener and the amount must equal what it minted.
CREATE FUNCTION record_reconciliation(p_chain_id bigint, p_tx_hash bytea, p_amount numeric, p_reason text,
                                      p_workstation text DEFAULT '')
RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = vd, pg_temp AS $$
DECLARE
    v_minted numeric;
    v_existing bigint;
    v_before numeric;
    v_id bigint;
BEGIN
    IF NOT pg_has_role(session_user, 'vd_backoffice', 'MEMBER') THEN
        RAISE EXCEPTION 'only the back office may record reconciliation entries' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_reason IS NULL OR length(trim(p_reason)) < 5 THEN
        RAISE EXCEPTION 'a reconciliation entry needs a reason (at least a few words)'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_amount IS NULL OR p_amount = 0 OR p_amount <> trunc(p_amount) THEN
        RAISE EXCEPTION 'the amount must be a non-zero whole number of base units' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_tx_hash IS NOT NULL THEN
        IF length(p_tx_hash) <> 32 THEN
            RAISE EXCEPTION 'a transaction hash is 32 bytes' USING ERRCODE = 'invalid_parameter_value';
        END IF;
        SELECT id INTO v_existing FROM reconciliation_entries WHERE chain_id = p_chain_id AND tx_hash = p_tx_hash;
        IF FOUND THEN
            RAISE EXCEPTION 'transaction 0x% is already reconciled (entry %)', encode(p_tx_hash, 'hex'), v_existing
                USING ERRCODE = 'unique_violation';
        END IF;
        SELECT sum(amount) INTO v_minted FROM chain_transfers
         WHERE chain_id = p_chain_id AND tx_hash = p_tx_hash AND kind = 'mint';
        IF v_minted IS NULL THEN
            RAISE EXCEPTION 'transaction 0x% is not an on-chain mint the listener has seen', encode(p_tx_hash, 'hex')
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
        IF v_minted <> p_amount THEN
            RAISE EXCEPTION 'transaction 0x% minted %, not %', encode(p_tx_hash, 'hex'), v_minted, p_amount
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
    END IF;
    SELECT coalesce(sum(amount), 0) INTO v_before FROM reconciliation_entries WHERE chain_id = p_chain_id;
    INSERT INTO reconciliation_entries (chain_id, amount, tx_hash, reason)
    VALUES (p_chain_id, p_amount, p_tx_hash, trim(p_reason))
    RETURNING id INTO v_id;
    INSERT INTO audit_log (workstation, action, entity, entity_id, before, after, details)
    VALUES (coalesce(p_workstation, ''), 'reconciliation.record', 'reconciliation_entry', v_id::text,
            jsonb_build_object('reconciled_total', v_before::text),
            jsonb_build_object('reconciled_total', (v_before + p_amount)::text),
            jsonb_build_object('chain_id', p_chain_id, 'amount', p_amount::text, 'reason', trim(p_reason),
                               'tx_hash', CASE WHEN p_tx_hash IS NULL THEN NULL ELSE '0x' || encode(p_tx_hash, 'hex') END));
    RETURN v_id;
END
$$;

REVOKE INSERT ON reconciliation_entries FROM vd_backoffice;
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA vd FROM PUBLIC;
GRANT EXECUTE ON FUNCTION record_reconciliation(bigint, bytea, numeric, text, text) TO vd_backoffice;
