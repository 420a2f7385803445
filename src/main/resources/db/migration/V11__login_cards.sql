-- A student's login card: its QR code carries a random 256-bit secret, and the account keeps only
-- the secret's SHA-256 (hex), so a copied table holds nothing a phone could send. One card per
-- student at a time: a new card replaces the hash, and the old card stops working. Teachers and
-- administrators never have one. Erasing the account erases its card with it.
alter table account add column card_hash varchar(64);
alter table account add column card_issued_at timestamp with time zone;

create unique index account_by_card on account (card_hash);
