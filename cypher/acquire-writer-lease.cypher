MERGE (l:WriterLease {name: $name})
ON CREATE SET l.until = 0
WITH l
WHERE l.until < $now OR l.holder = $holder
SET l.holder = $holder, l.until = $until
RETURN l.holder AS holder
