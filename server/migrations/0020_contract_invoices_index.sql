-- A contract's invoices, newest first, a page at a time: found through their lines by contract
-- (without it every invoice of the customer was looked at for each contract detail).
CREATE INDEX invoice_lines_contract ON invoice_lines (contract_id, invoice_id);
