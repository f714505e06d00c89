-- VoucherDesk schema v6: what follows mint_pending and mint_requires_safe (ARCHITECTURE.md section 3).
-- Direct mints: begin_direct_mint() records the attempt (sender + nonce) BEFORE the signature, record_mint_sent()
-- every hash of that nonce (speed-ups keep the earlier ones, marked 'replaced'), record_mint_result() the outcome.
-- Safe mints: record_safe_proposal() the exported proposal, record_safe_mint() the verified execution.
-- Every function is one transaction that also writes its audit row. Refusals carry a stable code as the first word
-- of the message ("mint.paused: ..."), which the app turns into a translated sentence.
SET LOCAL ROLE vd_owner;
SET LOCAL search_path = vd, pg_temp;

-- The minter's gas warning: below this native-coin balance (wei) the mint panel warns, before the balance blocks mints.
-- Shared by every workstation, changed by administrators through set_setting() (audited).
INSERT INTO app_settings (key, value) VALUES ('minter_low_gas_wei', '"10000000000000000"') ON CONFLICT (key) DO NOTHING;

-- Every hash of one direct mint's nonce is a row; the lookups below go by deposit and by sender + nonce.
CREATE INDEX mint_transactions_nonce ON mint_transactions (chain_id, sender, nonce) WHERE path = 'direct';
CREATE INDEX safe_proposals_deposit ON safe_proposals (deposit_id) WHERE deposit_id IS NOT NULL;
CREATE INDEX chain_transfers_account ON chain_transfers (account) WHERE kind = 'mint';

-- The deposit row as the audit rows show it.
CREATE FUNCTION mint_deposit_json(d deposits) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
    SELECT jsonb_build_object('status', d.status, 'wallet', '0x' || encode(d.wallet, 'hex'),
                              'token_amount', d.token_amount::text, 'failure_reason', d.failure_reason);
$$;

CREATE FUNCTION mint_notify(p_deposit bigint, p_status text) RETURNS void LANGUAGE sql AS $$
    SELECT pg_notify('vd_deposits', json_build_object('id', p_deposit, 'status', p_status)::text);
$$;

-- Starts a direct mint attempt: mint_pending | mint_failed -> mint_processing, with a 'signed' attempt carrying the
-- sender and the nonce the transaction will use (the hash follows once sent). Refused while minting is paused, while
-- another attempt of this deposit is in flight, for a deposit that must go through the Safe, or when another deposit
-- already uses this sender's nonce. Returns the attempt's id.
CREATE FUNCTION begin_direct_mint(p_deposit bigint, p_chain_id bigint, p_sender bytea, p_nonce numeric,
                                  p_workstation text DEFAULT '')
RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = vd, pg_temp AS $$
DECLARE
    d deposits;
    v_threshold numeric;
    v_id bigint;
BEGIN
    IF p_sender IS NULL OR length(p_sender) <> 20 OR p_nonce IS NULL OR p_nonce < 0 OR p_chain_id IS NULL THEN
        RAISE EXCEPTION 'mint.bad_input: sender (20 bytes), nonce and chain id are required'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT * INTO d FROM deposits WHERE id = p_deposit FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'mint.no_deposit: deposit % does not exist', p_deposit USING ERRCODE = 'no_data_found';
    END IF;
    IF coalesce((SELECT value FROM app_settings WHERE key = 'minting_paused'), 'false'::jsonb) = 'true'::jsonb THEN
        RAISE EXCEPTION 'mint.paused: minting is paused by an administrator' USING ERRCODE = 'P0001';
    END IF;
    IF EXISTS (SELECT 1 FROM mint_transactions WHERE deposit_id = p_deposit AND status IN ('signed', 'sent')) THEN
        RAISE EXCEPTION 'mint.in_flight: deposit % has a mint attempt in flight', p_deposit USING ERRCODE = 'P0001';
    END IF;
    IF d.status NOT IN ('mint_pending', 'mint_failed') THEN
        RAISE EXCEPTION 'mint.wrong_state: deposit % is %', p_deposit, d.status USING ERRCODE = 'P0001';
    END IF;
    v_threshold := coalesce(nullif(trim(both '"' from (SELECT value::text FROM app_settings
                                                          WHERE key = 'safe_threshold')), ''), '0')::numeric;
    IF v_threshold > 0 AND d.token_amount >= v_threshold THEN
        RAISE EXCEPTION 'mint.requires_safe: deposit % is at or above the Safe threshold', p_deposit
            USING ERRCODE = 'P0001';
    END IF;
    IF EXISTS (SELECT 1 FROM mint_transactions WHERE path = 'direct' AND chain_id = p_chain_id AND sender = p_sender
                  AND nonce = p_nonce AND deposit_id IS DISTINCT FROM p_deposit
                  AND status IN ('signed', 'sent', 'confirmed')) THEN
        RAISE EXCEPTION 'mint.nonce_taken: nonce % of this sender belongs to another deposit''s mint', p_nonce
            USING ERRCODE = 'P0001';
    END IF;

    INSERT INTO mint_transactions (deposit_id, path, chain_id, sender, nonce, recipient, amount, status)
    VALUES (p_deposit, 'direct', p_chain_id, p_sender, p_nonce, d.wallet, d.token_amount, 'signed')
    RETURNING id INTO v_id;
    UPDATE deposits SET status = 'mint_processing', failure_reason = NULL WHERE id = p_deposit;
    PERFORM audit('mint.begin', 'deposit', p_deposit::text, mint_deposit_json(d),
                  jsonb_build_object('status', 'mint_processing'),
                  jsonb_build_object('mint_tx', v_id, 'chain_id', p_chain_id,
                                     'sender', '0x' || encode(p_sender, 'hex'), 'nonce', p_nonce::text),
                  p_workstation);
    PERFORM mint_notify(p_deposit, 'mint_processing');
    RETURN v_id;
END
$$;

-- The transaction of attempt `p_mint_tx` is in the node's pool with hash `p_hash`. For a speed-up / replacement of a
-- sent attempt (same nonce, new hash) the earlier row is kept as 'replaced' and a new 'sent' row is added. Returns the
-- id of the row that now carries `p_hash`. Repeating the same hash is a no-op.
CREATE FUNCTION record_mint_sent(p_mint_tx bigint, p_hash bytea, p_workstation text DEFAULT '')
RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = vd, pg_temp AS $$
DECLARE
    m mint_transactions;
    v_id bigint;
BEGIN
    IF p_hash IS NULL OR length(p_hash) <> 32 THEN
        RAISE EXCEPTION 'mint.bad_input: a transaction hash is 32 bytes' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT * INTO m FROM mint_transactions WHERE id = p_mint_tx AND path = 'direct' FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'mint.no_attempt: mint attempt % does not exist', p_mint_tx USING ERRCODE = 'no_data_found';
    END IF;
    PERFORM 1 FROM deposits WHERE id = m.deposit_id FOR UPDATE;
    SELECT id INTO v_id FROM mint_transactions WHERE tx_hash = p_hash;
    IF FOUND THEN
        IF v_id IN (SELECT id FROM mint_transactions WHERE deposit_id = m.deposit_id AND nonce = m.nonce) THEN
            RETURN v_id;
        END IF;
        RAISE EXCEPTION 'mint.hash_taken: transaction % belongs to another mint', '0x' || encode(p_hash, 'hex')
            USING ERRCODE = 'unique_violation';
    END IF;
    IF m.status NOT IN ('signed', 'sent') THEN
        RAISE EXCEPTION 'mint.attempt_closed: mint attempt % is already %', p_mint_tx, m.status USING ERRCODE = 'P0001';
    END IF;
    IF m.tx_hash IS NULL THEN
        UPDATE mint_transactions SET tx_hash = p_hash, status = 'sent', updated_at = now() WHERE id = p_mint_tx;
        v_id := p_mint_tx;
    ELSE
        UPDATE mint_transactions SET status = 'replaced', updated_at = now() WHERE id = p_mint_tx;
        INSERT INTO mint_transactions (deposit_id, path, chain_id, tx_hash, sender, nonce, recipient, amount, status)
        VALUES (m.deposit_id, 'direct', m.chain_id, p_hash, m.sender, m.nonce, m.recipient, m.amount, 'sent')
        RETURNING id INTO v_id;
    END IF;
    PERFORM audit(CASE WHEN m.tx_hash IS NULL THEN 'mint.sent' ELSE 'mint.sped_up' END, 'deposit',
                  m.deposit_id::text, NULL, NULL,
                  jsonb_build_object('mint_tx', v_id, 'tx_hash', '0x' || encode(p_hash, 'hex'),
                                     'replaces', CASE WHEN m.tx_hash IS NULL THEN NULL
                                                      ELSE '0x' || encode(m.tx_hash, 'hex') END,
                                     'nonce', m.nonce::text),
                  p_workstation);
    RETURN v_id;
END
$$;

-- The outcome of a direct mint attempt (any row of its nonce). 'confirmed': the hash `p_hash` (default: the row's
-- own) was mined with status 1 in `p_block` -> deposit minted; every other hash of the nonce becomes 'replaced'.
-- 'failed': the nonce's live rows become 'failed' with `p_error` -> deposit mint_failed with that reason.
-- 'not_sent': as 'failed', for an attempt known never to have left the app (wrong keystore password, cancelled
-- after it was recorded): its rows give their nonce back (nonce NULL), so a retry does not look for it on chain.
-- Repeating a confirmed outcome is a no-op; a failure after a confirmed mint is refused.
CREATE FUNCTION record_mint_result(p_mint_tx bigint, p_outcome text, p_block bigint, p_error text,
                                   p_hash bytea DEFAULT NULL, p_workstation text DEFAULT '')
RETURNS text LANGUAGE plpgsql SECURITY DEFINER SET search_path = vd, pg_temp AS $$
DECLARE
    m mint_transactions;
    d deposits;
    v_row bigint;
BEGIN
    IF p_outcome NOT IN ('confirmed', 'failed', 'not_sent') THEN
        RAISE EXCEPTION 'mint.bad_input: outcome is confirmed, failed or not_sent' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT * INTO m FROM mint_transactions WHERE id = p_mint_tx AND path = 'direct';
    IF NOT FOUND THEN
        RAISE EXCEPTION 'mint.no_attempt: mint attempt % does not exist', p_mint_tx USING ERRCODE = 'no_data_found';
    END IF;
    SELECT * INTO d FROM deposits WHERE id = m.deposit_id FOR UPDATE;
    PERFORM 1 FROM mint_transactions WHERE deposit_id = m.deposit_id FOR UPDATE;

    IF p_outcome = 'confirmed' THEN
        IF p_block IS NULL THEN
            RAISE EXCEPTION 'mint.bad_input: a confirmed mint needs its block' USING ERRCODE = 'invalid_parameter_value';
        END IF;
        IF d.status = 'minted' THEN
            IF EXISTS (SELECT 1 FROM mint_transactions WHERE deposit_id = d.id AND status = 'confirmed'
                          AND tx_hash = coalesce(p_hash, m.tx_hash)) THEN
                RETURN 'minted';
            END IF;
            RAISE EXCEPTION 'mint.already_minted: deposit % is already minted by another transaction', d.id
                USING ERRCODE = 'P0001';
        END IF;
        IF p_hash IS NOT NULL AND length(p_hash) <> 32 THEN
            RAISE EXCEPTION 'mint.bad_input: a transaction hash is 32 bytes' USING ERRCODE = 'invalid_parameter_value';
        END IF;
        SELECT id INTO v_row FROM mint_transactions
         WHERE deposit_id = d.id AND nonce = m.nonce AND tx_hash = coalesce(p_hash, m.tx_hash);
        IF v_row IS NULL THEN
            IF p_hash IS NULL THEN
                RAISE EXCEPTION 'mint.bad_input: the mined transaction''s hash is needed' USING ERRCODE = 'P0001';
            END IF;
            IF EXISTS (SELECT 1 FROM mint_transactions WHERE tx_hash = p_hash) THEN
                RAISE EXCEPTION 'mint.hash_taken: transaction % belongs to another mint', '0x' || encode(p_hash, 'hex')
                    USING ERRCODE = 'unique_violation';
            END IF;
            -- The hash was lost (crash between send and record) and found again on chain for this nonce.
            INSERT INTO mint_transactions (deposit_id, path, chain_id, tx_hash, sender, nonce, recipient, amount, status)
            VALUES (d.id, 'direct', m.chain_id, p_hash, m.sender, m.nonce, m.recipient, m.amount, 'sent')
            RETURNING id INTO v_row;
        END IF;
        UPDATE mint_transactions SET status = 'confirmed', block_number = p_block, error = NULL, updated_at = now()
         WHERE id = v_row;
        UPDATE mint_transactions SET status = 'replaced', updated_at = now()
         WHERE deposit_id = d.id AND id <> v_row AND status IN ('signed', 'sent', 'failed') AND nonce = m.nonce;
        UPDATE deposits SET status = 'minted', minted_at = now(), failure_reason = NULL WHERE id = d.id;
        PERFORM audit('mint.confirmed', 'deposit', d.id::text, mint_deposit_json(d),
                      jsonb_build_object('status', 'minted'),
                      jsonb_build_object('mint_tx', v_row, 'block', p_block,
                                         'tx_hash', '0x' || encode(coalesce(p_hash, m.tx_hash), 'hex')),
                      p_workstation);
        PERFORM mint_notify(d.id, 'minted');
        RETURN 'minted';
    END IF;

    IF d.status = 'minted' THEN
        RAISE EXCEPTION 'mint.already_minted: deposit % is minted; a failure cannot be recorded', d.id
            USING ERRCODE = 'P0001';
    END IF;
    IF coalesce(trim(p_error), '') = '' THEN
        RAISE EXCEPTION 'mint.bad_input: a failure needs its reason' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_outcome = 'not_sent' THEN
        IF EXISTS (SELECT 1 FROM mint_transactions WHERE deposit_id = d.id AND nonce = m.nonce AND tx_hash IS NOT NULL) THEN
            RAISE EXCEPTION 'mint.attempt_sent: mint attempt % has a transaction hash; it was sent', p_mint_tx
                USING ERRCODE = 'P0001';
        END IF;
        UPDATE mint_transactions SET status = 'failed', error = p_error, nonce = NULL, updated_at = now()
         WHERE deposit_id = d.id AND nonce = m.nonce AND status IN ('signed', 'sent');
    ELSE
        UPDATE mint_transactions SET status = 'failed', error = p_error,
                                     block_number = coalesce(p_block, block_number), updated_at = now()
         WHERE deposit_id = d.id AND nonce = m.nonce AND status IN ('signed', 'sent');
    END IF;
    IF d.status = 'mint_processing' THEN
        UPDATE deposits SET status = 'mint_failed', failure_reason = p_error WHERE id = d.id;
    ELSIF d.status = 'mint_failed' THEN
        UPDATE deposits SET failure_reason = p_error WHERE id = d.id;
    ELSE
        RAISE EXCEPTION 'mint.wrong_state: deposit % is %', d.id, d.status USING ERRCODE = 'P0001';
    END IF;
    PERFORM audit('mint.failed', 'deposit', d.id::text, mint_deposit_json(d),
                  jsonb_build_object('status', 'mint_failed', 'failure_reason', p_error),
                  jsonb_build_object('mint_tx', p_mint_tx, 'block', p_block, 'outcome', p_outcome), p_workstation);
    PERFORM mint_notify(d.id, 'mint_failed');
    RETURN 'mint_failed';
END
$$;

-- An exported Safe proposal for a deposit in mint_requires_safe. Exporting the same proposal again (same safeTxHash)
-- returns the existing row; proposals of this deposit at an older Safe nonce can never execute any more and become
-- 'abandoned'. Refused while minting is paused, and once the listener saw one of its proposals executed (a second
-- proposal could mint twice). Returns the proposal's id.
CREATE FUNCTION record_safe_proposal(p_deposit bigint, p_chain_id bigint, p_safe bytea, p_safe_nonce numeric,
                                     p_safe_tx_hash bytea, p_target bytea, p_calldata bytea, p_summary text,
                                     p_workstation text DEFAULT '')
RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = vd, pg_temp AS $$
DECLARE
    d deposits;
    v_id bigint;
BEGIN
    IF p_safe IS NULL OR length(p_safe) <> 20 OR p_target IS NULL OR length(p_target) <> 20
       OR p_safe_tx_hash IS NULL OR length(p_safe_tx_hash) <> 32 OR p_safe_nonce IS NULL OR p_calldata IS NULL
       OR coalesce(p_summary, '') = '' THEN
        RAISE EXCEPTION 'mint.bad_input: Safe, target, nonce, safeTxHash, calldata and summary are required'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT * INTO d FROM deposits WHERE id = p_deposit FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'mint.no_deposit: deposit % does not exist', p_deposit USING ERRCODE = 'no_data_found';
    END IF;
    SELECT id INTO v_id FROM safe_proposals WHERE safe_tx_hash = p_safe_tx_hash;
    IF FOUND THEN
        IF (SELECT deposit_id FROM safe_proposals WHERE id = v_id) IS DISTINCT FROM p_deposit THEN
            RAISE EXCEPTION 'mint.hash_taken: this safeTxHash belongs to another proposal' USING ERRCODE = 'unique_violation';
        END IF;
        RETURN v_id;
    END IF;
    IF coalesce((SELECT value FROM app_settings WHERE key = 'minting_paused'), 'false'::jsonb) = 'true'::jsonb THEN
        RAISE EXCEPTION 'mint.paused: minting is paused by an administrator' USING ERRCODE = 'P0001';
    END IF;
    IF d.status <> 'mint_requires_safe' THEN
        RAISE EXCEPTION 'mint.wrong_state: deposit % is %', p_deposit, d.status USING ERRCODE = 'P0001';
    END IF;
    IF EXISTS (SELECT 1 FROM safe_proposals WHERE deposit_id = p_deposit AND kind = 'mint' AND status = 'executed') THEN
        RAISE EXCEPTION 'mint.proposal_executed: the Safe already executed a mint proposal of deposit %; record it',
            p_deposit USING ERRCODE = 'P0001';
    END IF;
    IF EXISTS (SELECT 1 FROM safe_proposals WHERE deposit_id = p_deposit AND kind = 'mint' AND status = 'pending'
                  AND safe_address = p_safe AND safe_nonce >= p_safe_nonce) THEN
        RAISE EXCEPTION 'mint.proposal_pending: deposit % already has a pending proposal at this or a later Safe nonce',
            p_deposit USING ERRCODE = 'P0001';
    END IF;
    UPDATE safe_proposals SET status = 'abandoned', resolved_at = now()
     WHERE deposit_id = p_deposit AND kind = 'mint' AND status = 'pending' AND safe_address = p_safe
       AND safe_nonce < p_safe_nonce;
    INSERT INTO safe_proposals (kind, deposit_id, chain_id, safe_address, safe_nonce, safe_tx_hash, target, calldata,
                                summary)
    VALUES ('mint', p_deposit, p_chain_id, p_safe, p_safe_nonce, p_safe_tx_hash, p_target, p_calldata, p_summary)
    RETURNING id INTO v_id;
    PERFORM audit('mint.safe_proposal', 'deposit', p_deposit::text, NULL, NULL,
                  jsonb_build_object('proposal', v_id, 'safe', '0x' || encode(p_safe, 'hex'),
                                     'safe_nonce', p_safe_nonce::text,
                                     'safe_tx_hash', '0x' || encode(p_safe_tx_hash, 'hex'), 'summary', p_summary),
                  p_workstation);
    PERFORM mint_notify(p_deposit, d.status);
    RETURN v_id;
END
$$;

-- A Safe execution that the app verified by the full rule (receipt, ExecutionSuccess from the Safe for this
-- proposal's safeTxHash, the exact mint, canonical, at depth): mint_requires_safe -> minted, the proposal executed,
-- the execution recorded as the deposit's mint transaction. An execution hash already recorded for any mint is
-- refused. Administrators only.
CREATE FUNCTION record_safe_mint(p_deposit bigint, p_safe_tx_hash bytea, p_execution_tx bytea, p_block bigint,
                                 p_workstation text DEFAULT '')
RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = vd, pg_temp AS $$
DECLARE
    d deposits;
    p safe_proposals;
    v_id bigint;
BEGIN
    IF NOT pg_has_role(session_user, 'vd_admin', 'MEMBER') THEN
        RAISE EXCEPTION 'mint.admin_only: only an administrator records a Safe execution'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_execution_tx IS NULL OR length(p_execution_tx) <> 32 OR p_block IS NULL THEN
        RAISE EXCEPTION 'mint.bad_input: the execution transaction hash (32 bytes) and its block are required'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT * INTO d FROM deposits WHERE id = p_deposit FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'mint.no_deposit: deposit % does not exist', p_deposit USING ERRCODE = 'no_data_found';
    END IF;
    SELECT * INTO p FROM safe_proposals WHERE deposit_id = p_deposit AND kind = 'mint' AND safe_tx_hash = p_safe_tx_hash
       FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'mint.no_proposal: deposit % has no Safe proposal with this safeTxHash', p_deposit
            USING ERRCODE = 'no_data_found';
    END IF;
    IF d.status = 'minted' THEN
        SELECT id INTO v_id FROM mint_transactions WHERE deposit_id = p_deposit AND tx_hash = p_execution_tx;
        IF FOUND THEN
            RETURN v_id;
        END IF;
        RAISE EXCEPTION 'mint.already_minted: deposit % is already minted', p_deposit USING ERRCODE = 'P0001';
    END IF;
    IF d.status <> 'mint_requires_safe' THEN
        RAISE EXCEPTION 'mint.wrong_state: deposit % is %', p_deposit, d.status USING ERRCODE = 'P0001';
    END IF;
    IF EXISTS (SELECT 1 FROM mint_transactions WHERE tx_hash = p_execution_tx) THEN
        RAISE EXCEPTION 'mint.hash_taken: transaction % is already recorded for a mint', '0x' || encode(p_execution_tx, 'hex')
            USING ERRCODE = 'unique_violation';
    END IF;
    IF p.execution_tx IS NOT NULL AND p.execution_tx <> p_execution_tx THEN
        RAISE EXCEPTION 'mint.execution_mismatch: the listener saw this proposal executed in another transaction (%)',
            '0x' || encode(p.execution_tx, 'hex') USING ERRCODE = 'P0001';
    END IF;

    INSERT INTO mint_transactions (deposit_id, path, chain_id, tx_hash, recipient, amount, status, safe_tx_hash,
                                   block_number)
    VALUES (p_deposit, 'safe', p.chain_id, p_execution_tx, d.wallet, d.token_amount, 'confirmed', p_safe_tx_hash,
            p_block)
    RETURNING id INTO v_id;
    UPDATE safe_proposals SET status = 'executed', execution_tx = p_execution_tx, execution_block = p_block,
                              resolved_at = coalesce(resolved_at, now())
     WHERE id = p.id;
    UPDATE safe_proposals SET status = 'abandoned', resolved_at = now()
     WHERE deposit_id = p_deposit AND kind = 'mint' AND status = 'pending' AND id <> p.id;
    UPDATE deposits SET status = 'minted', minted_at = now(), failure_reason = NULL WHERE id = p_deposit;
    PERFORM audit('mint.safe_executed', 'deposit', p_deposit::text, mint_deposit_json(d),
                  jsonb_build_object('status', 'minted'),
                  jsonb_build_object('mint_tx', v_id, 'proposal', p.id, 'block', p_block,
                                     'execution_tx', '0x' || encode(p_execution_tx, 'hex'),
                                     'safe_tx_hash', '0x' || encode(p_safe_tx_hash, 'hex')),
                  p_workstation);
    PERFORM mint_notify(p_deposit, 'minted');
    RETURN v_id;
END
$$;

REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA vd FROM PUBLIC;
GRANT EXECUTE ON FUNCTION begin_direct_mint(bigint, bigint, bytea, numeric, text),
                          record_mint_sent(bigint, bytea, text),
                          record_mint_result(bigint, text, bigint, text, bytea, text),
                          record_safe_proposal(bigint, bigint, bytea, numeric, bytea, bytea, bytea, text, text),
                          record_safe_mint(bigint, bytea, bytea, bigint, text)
    TO vd_backoffice, vd_admin;
