"""The zone coordinator's window (``welfare-desk zone --db ZONE.db``): the funds'
batches in, their keys registered and confirmed, the zone report out."""
