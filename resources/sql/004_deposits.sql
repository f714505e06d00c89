-- VoucherDesk schema v4: back-office deposits. Creation (one row or a CSV file), payment confirmation, cancellation,
-- the mint decision (Safe threshold, daily issuance cap per UTC day, the minting kill switch), the release of capped
-- deposits, token rates per fiat currency, and the notifications desks follow (vd_settings, vd_deposits).
-- Minting itself (mint_pending -> mint_processing -> minted, mint_requires_safe -> minted) belongs to 006.
SET LOCAL ROLE vd_owner;
SET LOCAL search_path = vd, pg_temp;

-- ---------------------------------------------------------------------------------------------------------
-- Settings. token_rate: token base units per 1 unit of fiat, per ISO currency ({"EUR": "1000000000000000000"});
-- a currency without a rate is not accepted. minting_paused_reason: who paused minting, when and why.
INSERT INTO app_settings (key, value) VALUES
    ('token_rate', '{}'),
    ('minting_paused_reason', 'null')
ON CONFLICT (key) DO NOTHING;

-- Every workstation follows settings (kill switch banner, cap, rates) with LISTEN vd_settings; delivered on commit.
CREATE FUNCTION settings_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('vd_settings', json_build_object('key', NEW.key)::text);
    RETURN NULL;
END
$$;
CREATE TRIGGER app_settings_notify AFTER INSERT OR UPDATE ON app_settings
    FOR EACH ROW EXECUTE FUNCTION settings_notify();

-- Deposit pages refresh on LISTEN vd_deposits. One notification per statement, not per row: a bulk load of
-- thousands of rows must not flood every workstation.
CREATE FUNCTION deposits_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('vd_deposits', lower(TG_OP));
    RETURN NULL;
END
$$;
CREATE TRIGGER deposits_notify AFTER INSERT OR UPDATE ON deposits
    FOR EACH STATEMENT EXECUTE FUNCTION deposits_notify();

-- ---------------------------------------------------------------------------------------------------------
-- Indexes for the deposits page: every sortable column as (column, id) so keyset pages ("after this row") are
-- index range scans at any depth; the reference prefix filter; the cap's "minted today" sum.
CREATE INDEX deposits_created_id ON deposits (created_at, id);
CREATE INDEX deposits_updated_id ON deposits (updated_at, id);
CREATE INDEX deposits_customer_id ON deposits (customer_name, id);
CREATE INDEX deposits_fiat_id ON deposits (fiat_amount, id);
CREATE INDEX deposits_token_id ON deposits (token_amount, id);
CREATE INDEX deposits_status_id ON deposits (status, id);
CREATE INDEX deposits_status_created ON deposits (status, created_at, id);
CREATE INDEX deposits_reference_prefix ON deposits (reference text_pattern_ops);
CREATE INDEX deposits_minted_at ON deposits (minted_at) WHERE status = 'minted';
CREATE INDEX deposits_in_flight ON deposits (status)
    WHERE status IN ('mint_pending', 'mint_processing', 'mint_requires_safe', 'mint_failed');

-- ---------------------------------------------------------------------------------------------------------
-- The state machine of 001, plus the re-decisions request_mint() makes: a failed mint may be decided again
-- (mint_failed -> cap_exceeded / mint_requires_safe), as may a capped one (cap_exceeded -> cap_exceeded is no change).
CREATE OR REPLACE FUNCTION deposit_transition_guard() RETURNS trigger LANGUAGE plpgsql AS $$
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
            WHEN 'mint_failed'        THEN ARRAY['mint_pending', 'mint_processing', 'minted', 'mint_requires_safe',
                                                 'cap_exceeded', 'cancelled']
            WHEN 'mint_requires_safe' THEN ARRAY['minted', 'cancelled']
            WHEN 'cap_exceeded'       THEN ARRAY['mint_pending', 'mint_requires_safe', 'cancelled']
            ELSE ARRAY[]::text[]
        END;
        IF NOT NEW.status = ANY (allowed) THEN
            RAISE EXCEPTION 'deposit %: % -> % is not allowed', OLD.reference, OLD.status, NEW.status
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

-- ---------------------------------------------------------------------------------------------------------
-- Helpers.
CREATE FUNCTION setting_numeric(p_key text) RETURNS numeric LANGUAGE sql STABLE SET search_path = vd, pg_temp AS $$
    SELECT coalesce((SELECT (value #>> '{}')::numeric FROM app_settings WHERE key = p_key), 0);
$$;

CREATE FUNCTION require_admin_for(p_what text) RETURNS void LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = vd, pg_temp AS $$
BEGIN
    IF NOT pg_has_role(session_user, 'vd_admin', 'MEMBER') THEN
        RAISE EXCEPTION 'only an administrator may change %', p_what USING ERRCODE = 'insufficient_privilege';
    END IF;
END
$$;

-- Raises while the minting kill switch is on, naming who switched it on and why.
CREATE FUNCTION require_minting_allowed() RETURNS void LANGUAGE plpgsql STABLE SET search_path = vd, pg_temp AS $$
DECLARE
    why jsonb;
BEGIN
    IF coalesce((SELECT value = 'true'::jsonb FROM app_settings WHERE key = 'minting_paused'), false) THEN
        SELECT value INTO why FROM app_settings WHERE key = 'minting_paused_reason';
        RAISE EXCEPTION 'minting is paused by % since %: %', coalesce(why ->> 'by', '?'), coalesce(why ->> 'at', '?'),
            coalesce(why ->> 'reason', '?');
    END IF;
END
$$;

-- The daily issuance cap for the UTC day of p_now: cap (0 = none configured), minted that day, in flight now
-- (decided for minting but not minted: pending, processing, awaiting the Safe, failed and retryable) and what remains.
CREATE FUNCTION cap_status(p_now timestamptz DEFAULT now())
RETURNS TABLE (day date, cap numeric, minted numeric, in_flight numeric, remaining numeric)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = vd, pg_temp AS $$
DECLARE
    d date := (p_now AT TIME ZONE 'UTC')::date;
    c numeric := setting_numeric('daily_mint_cap');
    m numeric;
    f numeric;
BEGIN
    SELECT coalesce(sum(token_amount), 0) INTO m FROM deposits
     WHERE status = 'minted' AND minted_at >= (d::timestamp AT TIME ZONE 'UTC')
       AND minted_at < ((d + 1)::timestamp AT TIME ZONE 'UTC');
    SELECT coalesce(sum(token_amount), 0) INTO f FROM deposits
     WHERE status IN ('mint_pending', 'mint_processing', 'mint_requires_safe', 'mint_failed');
    RETURN QUERY SELECT d, c, m, f, CASE WHEN c = 0 THEN NULL ELSE greatest(c - m - f, 0) END;
END
$$;

-- The decision for one locked deposit row: where it goes now. Callers hold the cap lock.
CREATE FUNCTION mint_decision(p_deposit deposits, p_now timestamptz) RETURNS text
LANGUAGE plpgsql STABLE SET search_path = vd, pg_temp AS $$
DECLARE
    s record;
    threshold numeric := setting_numeric('safe_threshold');
    others numeric;
BEGIN
    SELECT * INTO s FROM cap_status(p_now);
    IF s.cap > 0 THEN
        -- In flight without this deposit itself (a failed mint decided again is counted once).
        others := s.in_flight - CASE WHEN p_deposit.status IN ('mint_pending', 'mint_processing', 'mint_requires_safe',
                                                               'mint_failed') THEN p_deposit.token_amount ELSE 0 END;
        IF s.minted + others + p_deposit.token_amount > s.cap THEN
            RETURN 'cap_exceeded';
        END IF;
    END IF;
    IF threshold > 0 AND p_deposit.token_amount >= threshold THEN
        RETURN 'mint_requires_safe';
    END IF;
    RETURN 'mint_pending';
END
$$;

-- One transaction: every decision against the cap is serialized, so two desks can never both use the last room.
CREATE FUNCTION cap_lock() RETURNS void LANGUAGE sql SET search_path = vd, pg_temp AS $$
    SELECT pg_advisory_xact_lock(5643504, 1); -- "VDCAP", the cap decision
$$;

-- ---------------------------------------------------------------------------------------------------------
-- Creating a deposit. Token amount: entered (p_token_amount) or fiat x the configured rate of the currency
-- (rounded down to a whole base unit). The wallet arrives as 20 bytes; its EIP-55 form is checked by the app.
CREATE FUNCTION create_deposit(p_customer text, p_wallet bytea, p_fiat_amount numeric, p_currency text,
                               p_token_amount numeric DEFAULT NULL, p_workstation text DEFAULT '')
RETURNS TABLE (deposit_id bigint, reference text, token_amount numeric)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = vd, pg_temp AS $$
#variable_conflict use_column
DECLARE
    rate numeric;
    amount numeric;
    ref text;
    new_id bigint;
    cur text := upper(trim(coalesce(p_currency, '')));
BEGIN
    IF length(trim(coalesce(p_customer, ''))) = 0 THEN
        RAISE EXCEPTION 'a deposit needs the customer''s name' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_wallet IS NULL OR length(p_wallet) <> 20 THEN
        RAISE EXCEPTION 'the wallet must be a 20-byte address' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_wallet = '\x0000000000000000000000000000000000000000'::bytea THEN
        RAISE EXCEPTION 'the zero address cannot receive tokens' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_fiat_amount IS NULL OR p_fiat_amount <= 0 THEN
        RAISE EXCEPTION 'the fiat amount must be more than zero' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_fiat_amount <> round(p_fiat_amount, 2) THEN
        RAISE EXCEPTION 'the fiat amount has more than two decimals' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT (value ->> cur)::numeric INTO rate FROM app_settings WHERE key = 'token_rate';
    IF rate IS NULL THEN
        RAISE EXCEPTION 'unknown currency % (configured: %)', cur,
            coalesce((SELECT string_agg(k, ', ' ORDER BY k) FROM app_settings, jsonb_object_keys(value) k
                       WHERE key = 'token_rate'), 'none')
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    amount := coalesce(p_token_amount, floor(p_fiat_amount * rate));
    IF amount <= 0 OR amount <> trunc(amount) THEN
        RAISE EXCEPTION 'the token amount must be a whole number of base units above zero'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    LOOP -- a fresh reference; the random part may collide, the unique index says so
        ref := 'D-' || to_char(now() AT TIME ZONE 'UTC', 'YYYYMMDD') || '-' ||
               lpad((floor(random() * 1000000))::text, 6, '0');
        EXIT WHEN NOT EXISTS (SELECT 1 FROM deposits d WHERE d.reference = ref);
    END LOOP;
    INSERT INTO deposits (reference, customer_name, wallet, fiat_amount, fiat_currency, token_amount)
    VALUES (ref, trim(p_customer), p_wallet, p_fiat_amount, cur, amount)
    RETURNING id INTO new_id;
    INSERT INTO audit_log (workstation, action, entity, entity_id, after)
    VALUES (p_workstation, 'deposit.create', 'deposit', new_id::text,
            jsonb_build_object('reference', ref, 'customer', trim(p_customer), 'wallet', '0x' || encode(p_wallet, 'hex'),
                               'fiat_amount', p_fiat_amount::text, 'currency', cur, 'token_amount', amount::text,
                               'rate', CASE WHEN p_token_amount IS NULL THEN rate::text END, 'status', 'submitted'));
    RETURN QUERY SELECT new_id, ref, amount;
END
$$;

-- Payment confirmed on the provider's dashboard: its transaction id is unique across deposits.
CREATE FUNCTION confirm_payment(p_deposit_id bigint, p_payment_tx_id text, p_workstation text DEFAULT '')
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = vd, pg_temp AS $$
DECLARE
    d deposits%ROWTYPE;
    other text;
    pid text := trim(coalesce(p_payment_tx_id, ''));
BEGIN
    IF length(pid) = 0 THEN
        RAISE EXCEPTION 'enter the payment provider''s transaction id' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT * INTO d FROM deposits WHERE id = p_deposit_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'deposit % does not exist', p_deposit_id USING ERRCODE = 'no_data_found';
    END IF;
    SELECT reference INTO other FROM deposits WHERE payment_tx_id = pid AND id <> p_deposit_id;
    IF FOUND THEN
        RAISE EXCEPTION 'payment % is already recorded on deposit %', pid, other USING ERRCODE = 'unique_violation';
    END IF;
    IF d.status <> 'submitted' THEN
        RAISE EXCEPTION 'deposit % is % — only a submitted deposit can have its payment confirmed', d.reference,
            d.status USING ERRCODE = 'check_violation';
    END IF;
    BEGIN
        UPDATE deposits SET status = 'payment_confirmed', payment_tx_id = pid WHERE id = p_deposit_id;
    EXCEPTION WHEN unique_violation THEN
        -- Another desk recorded the same payment at the same moment and committed first.
        SELECT reference INTO other FROM deposits WHERE payment_tx_id = pid;
        RAISE EXCEPTION 'payment % is already recorded on deposit %', pid, coalesce(other, '?')
            USING ERRCODE = 'unique_violation';
    END;
    INSERT INTO audit_log (workstation, action, entity, entity_id, before, after, details)
    VALUES (p_workstation, 'deposit.confirm_payment', 'deposit', d.id::text,
            jsonb_build_object('status', d.status, 'payment_tx_id', d.payment_tx_id),
            jsonb_build_object('status', 'payment_confirmed', 'payment_tx_id', pid),
            jsonb_build_object('reference', d.reference));
END
$$;

CREATE FUNCTION cancel_deposit(p_deposit_id bigint, p_reason text, p_workstation text DEFAULT '')
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = vd, pg_temp AS $$
DECLARE
    d deposits%ROWTYPE;
BEGIN
    IF length(trim(coalesce(p_reason, ''))) = 0 THEN
        RAISE EXCEPTION 'a cancellation needs a reason' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT * INTO d FROM deposits WHERE id = p_deposit_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'deposit % does not exist', p_deposit_id USING ERRCODE = 'no_data_found';
    END IF;
    IF d.status = 'cancelled' THEN
        RAISE EXCEPTION 'deposit % is already cancelled (%)', d.reference, d.cancel_reason
            USING ERRCODE = 'check_violation';
    END IF;
    UPDATE deposits SET status = 'cancelled', cancel_reason = trim(p_reason) WHERE id = p_deposit_id;
    INSERT INTO audit_log (workstation, action, entity, entity_id, before, after, details)
    VALUES (p_workstation, 'deposit.cancel', 'deposit', d.id::text, jsonb_build_object('status', d.status),
            jsonb_build_object('status', 'cancelled'),
            jsonb_build_object('reference', d.reference, 'reason', trim(p_reason)));
END
$$;

-- ---------------------------------------------------------------------------------------------------------
-- The mint decision: payment_confirmed | cap_exceeded | mint_failed -> mint_pending (direct, below the Safe
-- threshold), mint_requires_safe (at or above it) or cap_exceeded (the UTC day's minted + in flight + this would
-- pass the cap). Refused while minting is paused. Returns the new status. request_mint_at() takes "now" for tests
-- and is not granted to staff (a chosen day would be a way around the cap).
CREATE FUNCTION request_mint_at(p_deposit_id bigint, p_workstation text, p_now timestamptz)
RETURNS text LANGUAGE plpgsql SECURITY DEFINER SET search_path = vd, pg_temp AS $$
DECLARE
    d deposits%ROWTYPE;
    v_next text;
    s record;
BEGIN
    PERFORM require_minting_allowed();
    SELECT * INTO d FROM deposits WHERE id = p_deposit_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'deposit % does not exist', p_deposit_id USING ERRCODE = 'no_data_found';
    END IF;
    IF d.status NOT IN ('payment_confirmed', 'cap_exceeded', 'mint_failed') THEN
        RAISE EXCEPTION 'deposit % is % — a mint can be requested only after the payment is confirmed (or after a '
                        'capped or failed mint)', d.reference, d.status USING ERRCODE = 'check_violation';
    END IF;
    PERFORM cap_lock();
    v_next := mint_decision(d, p_now);
    SELECT * INTO s FROM cap_status(p_now);
    IF v_next <> d.status THEN
        UPDATE deposits SET status = v_next
         WHERE id = d.id;
    END IF;
    INSERT INTO audit_log (workstation, action, entity, entity_id, before, after, details)
    VALUES (p_workstation, 'deposit.request_mint', 'deposit', d.id::text, jsonb_build_object('status', d.status),
            jsonb_build_object('status', v_next),
            jsonb_build_object('reference', d.reference, 'token_amount', d.token_amount::text, 'day', s.day,
                               'cap', s.cap::text, 'minted_today', s.minted::text, 'in_flight', s.in_flight::text,
                               'safe_threshold', setting_numeric('safe_threshold')::text));
    RETURN v_next;
END
$$;

CREATE FUNCTION request_mint(p_deposit_id bigint, p_workstation text DEFAULT '')
RETURNS text LANGUAGE sql SECURITY DEFINER SET search_path = vd, pg_temp AS $$
    SELECT request_mint_at(p_deposit_id, p_workstation, now());
$$;

-- Re-runs the decision for every capped deposit, oldest first; those that now fit (new UTC day, raised cap) go on,
-- the others stay capped. Nothing happens while minting is paused. Returns how many were released.
CREATE FUNCTION release_capped_deposits_at(p_workstation text, p_now timestamptz)
RETURNS integer LANGUAGE plpgsql SECURITY DEFINER SET search_path = vd, pg_temp AS $$
DECLARE
    d deposits%ROWTYPE;
    s record;
    v_next text;
    threshold numeric := setting_numeric('safe_threshold');
    used numeric;
    released integer := 0;
BEGIN
    IF coalesce((SELECT value = 'true'::jsonb FROM app_settings WHERE key = 'minting_paused'), false) THEN
        RETURN 0;
    END IF;
    PERFORM cap_lock();
    -- The same rule as mint_decision(), with the day's total kept as deposits are released (one pass, not one
    -- cap_status() per capped deposit).
    SELECT * INTO s FROM cap_status(p_now);
    used := s.minted + s.in_flight;
    FOR d IN SELECT * FROM deposits
              WHERE status = 'cap_exceeded' AND (s.cap = 0 OR token_amount <= s.cap - used)
              ORDER BY created_at, id FOR UPDATE LOOP
        CONTINUE WHEN s.cap > 0 AND used + d.token_amount > s.cap;
        v_next := CASE WHEN threshold > 0 AND d.token_amount >= threshold THEN 'mint_requires_safe'
                       ELSE 'mint_pending' END;
        UPDATE deposits SET status = v_next WHERE id = d.id;
        INSERT INTO audit_log (workstation, action, entity, entity_id, before, after, details)
        VALUES (p_workstation, 'deposit.release_capped', 'deposit', d.id::text, jsonb_build_object('status', d.status),
                jsonb_build_object('status', v_next),
                jsonb_build_object('reference', d.reference, 'day', s.day, 'cap', s.cap::text,
                                   'used_before', used::text));
        used := used + d.token_amount;
        released := released + 1;
    END LOOP;
    RETURN released;
END
$$;

CREATE FUNCTION release_capped_deposits(p_workstation text DEFAULT '')
RETURNS integer LANGUAGE sql SECURITY DEFINER SET search_path = vd, pg_temp AS $$
    SELECT release_capped_deposits_at(p_workstation, now());
$$;

-- ---------------------------------------------------------------------------------------------------------
-- Admin settings, each audited (set_setting writes the audit row) and in one transaction.
CREATE FUNCTION set_daily_mint_cap(p_cap numeric, p_workstation text DEFAULT '')
RETURNS integer LANGUAGE plpgsql SECURITY DEFINER SET search_path = vd, pg_temp AS $$
BEGIN
    PERFORM require_admin_for('the daily mint cap');
    IF p_cap IS NULL OR p_cap < 0 OR p_cap <> trunc(p_cap) THEN
        RAISE EXCEPTION 'the daily cap must be a whole number of base units, 0 for none'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    PERFORM set_setting('daily_mint_cap', to_jsonb(p_cap::text), p_workstation);
    -- A raised cap releases what now fits.
    RETURN release_capped_deposits_at(p_workstation, now());
END
$$;

CREATE FUNCTION set_token_rate(p_currency text, p_rate numeric, p_workstation text DEFAULT '')
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = vd, pg_temp AS $$
DECLARE
    rates jsonb;
    cur text := upper(trim(coalesce(p_currency, '')));
BEGIN
    PERFORM require_admin_for('token rates');
    IF cur !~ '^[A-Z]{3}$' THEN
        RAISE EXCEPTION 'a currency is three letters (ISO 4217), not %', p_currency
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT value INTO rates FROM app_settings WHERE key = 'token_rate' FOR UPDATE;
    IF p_rate IS NULL THEN
        rates := coalesce(rates, '{}') - cur; -- the currency is no longer accepted
    ELSIF p_rate <= 0 THEN
        RAISE EXCEPTION 'a token rate must be above zero' USING ERRCODE = 'invalid_parameter_value';
    ELSE
        rates := coalesce(rates, '{}') || jsonb_build_object(cur, p_rate::text);
    END IF;
    PERFORM set_setting('token_rate', rates, p_workstation);
END
$$;

-- The minting kill switch (the runbook's "stop minting operations"), separate from the contract's pause.
CREATE FUNCTION set_minting_paused(p_paused boolean, p_reason text, p_workstation text DEFAULT '')
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = vd, pg_temp AS $$
BEGIN
    PERFORM require_admin_for('the minting switch');
    IF p_paused IS NULL OR length(trim(coalesce(p_reason, ''))) = 0 THEN
        RAISE EXCEPTION 'pausing or resuming minting needs a reason' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    PERFORM set_setting('minting_paused_reason',
                        jsonb_build_object('reason', trim(p_reason), 'by', session_user,
                                           'at', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
                                           'paused', p_paused), p_workstation);
    PERFORM set_setting('minting_paused', to_jsonb(p_paused), p_workstation);
    INSERT INTO audit_log (workstation, action, entity, entity_id, details)
    VALUES (p_workstation, CASE WHEN p_paused THEN 'minting.pause' ELSE 'minting.resume' END, 'setting',
            'minting_paused', jsonb_build_object('reason', trim(p_reason)));
END
$$;

-- ---------------------------------------------------------------------------------------------------------
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA vd FROM PUBLIC;
GRANT EXECUTE ON FUNCTION create_deposit(text, bytea, numeric, text, numeric, text),
                          confirm_payment(bigint, text, text), cancel_deposit(bigint, text, text),
                          request_mint(bigint, text), release_capped_deposits(text), cap_status(timestamptz)
    TO vd_backoffice;
GRANT EXECUTE ON FUNCTION set_daily_mint_cap(numeric, text), set_token_rate(text, numeric, text),
                          set_minting_paused(boolean, text, text) TO vd_admin;
-- The banner is shown on every workstation, reception included (app_settings is already readable by all staff).
GRANT SELECT ON app_settings TO vd_listener;
