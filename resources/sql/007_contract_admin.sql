-- VoucherDesk schema v7: contract administration (architecture section 4). Pause/unpause, role grants and revokes,
-- freezes — signed directly or proposed to the Safe — are recorded here by administrators (vd_admin) through
-- SECURITY DEFINER functions that write the audit row in the same transaction. The chain listener stays the only
-- writer of contract_state / role_members / frozen_accounts and resolves the Safe proposals recorded here.
SET LOCAL ROLE vd_owner;
SET LOCAL search_path = vd, pg_temp;

-- Why an account was frozen or unfrozen (the listener only knows that it was): one row per request, newest wins.
CREATE TABLE freeze_notes (
    id            bigserial PRIMARY KEY,
    chain_id      bigint NOT NULL,
    contract      bytea NOT NULL CHECK (length(contract) = 20),
    account       bytea NOT NULL CHECK (length(account) = 20),
    action        text NOT NULL CHECK (action IN ('freeze', 'unfreeze')),
    reason        text NOT NULL CHECK (length(trim(reason)) > 0),
    tx_hash       bytea CHECK (length(tx_hash) = 32),
    safe_tx_hash  bytea CHECK (length(safe_tx_hash) = 32),
    created_at    timestamptz NOT NULL DEFAULT now(),
    created_by    text NOT NULL DEFAULT session_user
);
CREATE INDEX freeze_notes_account ON freeze_notes (chain_id, contract, account, id);
CREATE TRIGGER freeze_notes_append_only BEFORE UPDATE OR DELETE ON freeze_notes
    FOR EACH ROW EXECUTE FUNCTION refuse_change();

-- The key rotation runbook (pause -> revoke old minter -> grant new -> unpause -> configure), resumable: each step
-- done is kept with its transaction hash (or safeTxHash) so a wizard reopened half-way continues where it stopped.
CREATE TABLE key_rotations (
    id            bigserial PRIMARY KEY,
    chain_id      bigint NOT NULL,
    contract      bytea NOT NULL CHECK (length(contract) = 20),
    old_minter    bytea NOT NULL CHECK (length(old_minter) = 20),
    new_minter    bytea NOT NULL CHECK (length(new_minter) = 20 AND new_minter <> old_minter),
    new_keystore  text NOT NULL,
    with_pause    boolean NOT NULL,
    status        text NOT NULL DEFAULT 'in_progress' CHECK (status IN ('in_progress', 'done', 'abandoned')),
    steps         jsonb NOT NULL DEFAULT '{}'::jsonb, -- step -> {"tx": "0x..", "at": .., "by": ..}
    created_at    timestamptz NOT NULL DEFAULT now(),
    created_by    text NOT NULL DEFAULT session_user,
    updated_at    timestamptz NOT NULL DEFAULT now(),
    finished_at   timestamptz
);
-- One open rotation per contract: a second wizard resumes the first instead of starting another.
CREATE UNIQUE INDEX key_rotations_open ON key_rotations (chain_id, contract) WHERE status = 'in_progress';

CREATE FUNCTION require_contract_admin() RETURNS void LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = vd, pg_temp AS $$
BEGIN
    IF NOT pg_has_role(session_user, 'vd_admin', 'MEMBER') THEN
        RAISE EXCEPTION 'only an administrator may administer the token contract' USING ERRCODE = 'insufficient_privilege';
    END IF;
END
$$;

CREATE FUNCTION admin_hex(p bytea) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN p IS NULL THEN NULL ELSE '0x' || encode(p, 'hex') END;
$$;

-- An action signed directly by a key (the emergency path), after its receipt: audit row (+ freeze note).
-- p_kind: pause, unpause, grant_role, revoke_role, freeze, unfreeze. Returns the audit row's id.
CREATE FUNCTION admin_record_action(p_kind text, p_chain bigint, p_contract bytea, p_account bytea, p_role bytea,
                                    p_tx_hash bytea, p_signer bytea, p_reason text, p_before jsonb, p_after jsonb,
                                    p_workstation text DEFAULT '')
RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = vd, pg_temp AS $$
DECLARE
    v_id bigint;
BEGIN
    PERFORM require_contract_admin();
    IF p_kind NOT IN ('pause', 'unpause', 'grant_role', 'revoke_role', 'freeze', 'unfreeze') THEN
        RAISE EXCEPTION 'unknown contract action %', p_kind USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_tx_hash IS NULL OR length(p_tx_hash) <> 32 THEN
        RAISE EXCEPTION 'a signed action needs its 32-byte transaction hash' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_kind IN ('freeze', 'unfreeze') THEN
        IF p_account IS NULL OR coalesce(length(trim(p_reason)), 0) = 0 THEN
            RAISE EXCEPTION 'freezing or unfreezing an account needs the account and a reason'
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
        INSERT INTO freeze_notes (chain_id, contract, account, action, reason, tx_hash)
        VALUES (p_chain, p_contract, p_account, p_kind, trim(p_reason), p_tx_hash);
    END IF;
    INSERT INTO audit_log (workstation, action, entity, entity_id, before, after, details)
    VALUES (coalesce(p_workstation, ''), 'contract.' || p_kind, 'contract', p_chain::text || ':' || admin_hex(p_contract),
            p_before, p_after,
            jsonb_strip_nulls(jsonb_build_object('path', 'signed', 'tx_hash', admin_hex(p_tx_hash),
                                                 'signer', admin_hex(p_signer), 'account', admin_hex(p_account),
                                                 'role', admin_hex(p_role), 'reason', nullif(trim(p_reason), ''))))
    RETURNING id INTO v_id;
    RETURN v_id;
END
$$;

-- An action proposed to the Safe: a pending safe_proposals row the listener resolves on ExecutionSuccess/Failure,
-- its audit row (+ freeze note). The same safeTxHash recorded twice returns the first row (a retry, not a new one).
CREATE FUNCTION admin_record_proposal(p_kind text, p_chain bigint, p_contract bytea, p_safe bytea, p_safe_nonce numeric,
                                      p_safe_tx_hash bytea, p_target bytea, p_calldata bytea, p_summary text,
                                      p_account bytea, p_role bytea, p_reason text, p_workstation text DEFAULT '')
RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = vd, pg_temp AS $$
DECLARE
    v_id bigint;
    v_kind text;
BEGIN
    PERFORM require_contract_admin();
    IF p_kind NOT IN ('pause', 'unpause', 'grant_role', 'revoke_role', 'freeze', 'unfreeze') THEN
        RAISE EXCEPTION 'unknown contract action %', p_kind USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_kind IN ('freeze', 'unfreeze') AND (p_account IS NULL OR coalesce(length(trim(p_reason)), 0) = 0) THEN
        RAISE EXCEPTION 'freezing or unfreezing an account needs the account and a reason'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT id, kind INTO v_id, v_kind FROM safe_proposals WHERE safe_tx_hash = p_safe_tx_hash;
    IF FOUND THEN
        IF v_kind <> p_kind THEN
            RAISE EXCEPTION 'this Safe transaction is already recorded as a % proposal', v_kind
                USING ERRCODE = 'unique_violation';
        END IF;
        RETURN v_id;
    END IF;
    INSERT INTO safe_proposals (kind, chain_id, safe_address, safe_nonce, safe_tx_hash, target, calldata, summary)
    VALUES (p_kind, p_chain, p_safe, p_safe_nonce, p_safe_tx_hash, p_target, p_calldata, p_summary)
    RETURNING id INTO v_id;
    IF p_kind IN ('freeze', 'unfreeze') THEN
        INSERT INTO freeze_notes (chain_id, contract, account, action, reason, safe_tx_hash)
        VALUES (p_chain, p_contract, p_account, p_kind, trim(p_reason), p_safe_tx_hash);
    END IF;
    INSERT INTO audit_log (workstation, action, entity, entity_id, after, details)
    VALUES (coalesce(p_workstation, ''), 'contract.' || p_kind || '.proposed', 'safe_proposal', v_id::text,
            jsonb_build_object('status', 'pending'),
            jsonb_strip_nulls(jsonb_build_object('path', 'safe', 'safe', admin_hex(p_safe), 'safe_nonce', p_safe_nonce,
                                                 'safe_tx_hash', admin_hex(p_safe_tx_hash),
                                                 'contract', admin_hex(p_contract), 'account', admin_hex(p_account),
                                                 'role', admin_hex(p_role), 'reason', nullif(trim(p_reason), ''),
                                                 'summary', p_summary)));
    RETURN v_id;
END
$$;

CREATE FUNCTION rotation_start(p_chain bigint, p_contract bytea, p_old bytea, p_new bytea, p_keystore text,
                               p_with_pause boolean, p_workstation text DEFAULT '')
RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = vd, pg_temp AS $$
DECLARE
    v_id bigint;
BEGIN
    PERFORM require_contract_admin();
    IF EXISTS (SELECT 1 FROM key_rotations WHERE chain_id = p_chain AND contract = p_contract
                                             AND status = 'in_progress') THEN
        RAISE EXCEPTION 'a key rotation is already in progress for this contract: resume or abandon it first'
            USING ERRCODE = 'unique_violation';
    END IF;
    INSERT INTO key_rotations (chain_id, contract, old_minter, new_minter, new_keystore, with_pause)
    VALUES (p_chain, p_contract, p_old, p_new, p_keystore, p_with_pause)
    RETURNING id INTO v_id;
    INSERT INTO audit_log (workstation, action, entity, entity_id, after)
    VALUES (coalesce(p_workstation, ''), 'contract.rotation.start', 'key_rotation', v_id::text,
            jsonb_build_object('old_minter', admin_hex(p_old), 'new_minter', admin_hex(p_new),
                               'keystore', p_keystore, 'with_pause', p_with_pause));
    RETURN v_id;
END
$$;

-- One step done (p_step: pause, revoke, grant, unpause, configure); p_ref is the transaction hash or safeTxHash.
CREATE FUNCTION rotation_step(p_id bigint, p_step text, p_ref text, p_workstation text DEFAULT '')
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = vd, pg_temp AS $$
DECLARE
    r key_rotations%ROWTYPE;
    v_steps jsonb;
BEGIN
    PERFORM require_contract_admin();
    IF p_step NOT IN ('pause', 'revoke', 'grant', 'unpause', 'configure') THEN
        RAISE EXCEPTION 'unknown rotation step %', p_step USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT * INTO r FROM key_rotations WHERE id = p_id FOR UPDATE;
    IF NOT FOUND OR r.status <> 'in_progress' THEN
        RAISE EXCEPTION 'key rotation % is not in progress', p_id USING ERRCODE = 'invalid_parameter_value';
    END IF;
    v_steps := r.steps || jsonb_build_object(p_step, jsonb_build_object('ref', coalesce(p_ref, ''), 'at', now(),
                                                                         'by', session_user));
    UPDATE key_rotations SET steps = v_steps, updated_at = now() WHERE id = p_id;
    INSERT INTO audit_log (workstation, action, entity, entity_id, before, after)
    VALUES (coalesce(p_workstation, ''), 'contract.rotation.' || p_step, 'key_rotation', p_id::text,
            jsonb_build_object('steps', r.steps), jsonb_build_object('steps', v_steps));
    RETURN v_steps;
END
$$;

CREATE FUNCTION rotation_finish(p_id bigint, p_status text, p_workstation text DEFAULT '')
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = vd, pg_temp AS $$
DECLARE
    r key_rotations%ROWTYPE;
BEGIN
    PERFORM require_contract_admin();
    IF p_status NOT IN ('done', 'abandoned') THEN
        RAISE EXCEPTION 'a rotation ends as done or abandoned, not %', p_status USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT * INTO r FROM key_rotations WHERE id = p_id FOR UPDATE;
    IF NOT FOUND OR r.status <> 'in_progress' THEN
        RAISE EXCEPTION 'key rotation % is not in progress', p_id USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_status = 'done' AND NOT (r.steps ? 'revoke' AND r.steps ? 'grant') THEN
        RAISE EXCEPTION 'the rotation is not done: the old minter must be revoked and the new one granted'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    UPDATE key_rotations SET status = p_status, finished_at = now(), updated_at = now() WHERE id = p_id;
    INSERT INTO audit_log (workstation, action, entity, entity_id, before, after)
    VALUES (coalesce(p_workstation, ''), 'contract.rotation.' || p_status, 'key_rotation', p_id::text,
            jsonb_build_object('status', r.status), jsonb_build_object('status', p_status, 'steps', r.steps));
END
$$;

REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA vd FROM PUBLIC;
GRANT SELECT ON freeze_notes, key_rotations TO vd_backoffice;
GRANT EXECUTE ON FUNCTION require_contract_admin(), admin_hex(bytea),
    admin_record_action(text, bigint, bytea, bytea, bytea, bytea, bytea, text, jsonb, jsonb, text),
    admin_record_proposal(text, bigint, bytea, bytea, numeric, bytea, bytea, bytea, text, bytea, bytea, text, text),
    rotation_start(bigint, bytea, bytea, bytea, text, boolean, text), rotation_step(bigint, text, text, text),
    rotation_finish(bigint, text, text) TO vd_admin;
