-- VoucherDesk schema v9: what the dashboard and the Reconciliation page share.
-- On-chain mints the books do not explain: a Transfer from the zero address of our token (seen by the listener)
-- with no mint record (not failed), no executed Safe proposal and no reconciliation entry for its transaction.
-- One definition for the Reconciliation page and the dashboard.
SET LOCAL ROLE vd_owner;
SET LOCAL search_path = vd, pg_temp;

CREATE VIEW unmatched_mints AS
SELECT ct.chain_id, cl.address AS contract, ct.tx_hash, ct.block_number, cl.block_time, cl.log_index, ct.account,
       ct.amount
FROM chain_transfers ct
JOIN chain_logs cl ON cl.id = ct.log_id
WHERE ct.kind = 'mint'
  AND NOT EXISTS (SELECT 1 FROM mint_transactions mt WHERE mt.tx_hash = ct.tx_hash AND mt.status <> 'failed')
  AND NOT EXISTS (SELECT 1 FROM safe_proposals sp WHERE sp.execution_tx = ct.tx_hash AND sp.status = 'executed')
  AND NOT EXISTS (SELECT 1 FROM reconciliation_entries re WHERE re.chain_id = ct.chain_id AND re.tx_hash = ct.tx_hash);

GRANT SELECT ON unmatched_mints TO vd_backoffice, vd_admin;
