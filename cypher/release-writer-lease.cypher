MATCH (l:WriterLease {name: $name})
WHERE l.holder = $holder
SET l.until = 0
REMOVE l.holder
