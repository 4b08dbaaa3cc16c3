-- The member card number (京卡) itself, encrypted, for the bank's direct-payout file (直赔到卡): the keyed hash
-- finds a member by card, the masked form shows it, only this column gives the number back.
ALTER TABLE member
  ADD COLUMN card_no_cipher VARBINARY(80) NULL AFTER card_no_hash;
