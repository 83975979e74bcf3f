-- The account statement's bookings are never changed or removed, only added to (a mistake is
-- corrected by a booking of its own, as GoBD asks of bookkeeping). The server relies on it:
-- it extends the statement it computed by the bookings added since, instead of reading all.
CREATE TRIGGER bookings_no_update BEFORE UPDATE ON bookings BEGIN
  SELECT RAISE(ABORT, 'bookings are append-only: book a correction instead');
END;

CREATE TRIGGER bookings_no_delete BEFORE DELETE ON bookings BEGIN
  SELECT RAISE(ABORT, 'bookings are append-only: book a correction instead');
END;
