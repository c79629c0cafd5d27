-- A location's opening stock is posted once: the index, not a read before the insert, refuses a second
-- (or a racing) opening adjustment at the same location.
CREATE UNIQUE INDEX inventory_adjustment_opening ON inventory_adjustment (location_id) WHERE reason = 'opening';
