UNWIND $rows AS row
MATCH (p:Person {key: row.person})
MATCH (o:Office {key: row.office})
MERGE (p)-[h:HOLDS]->(o)
ON CREATE SET h.firstSeen = row.seen, h.lastSeen = row.seen
ON MATCH SET h.firstSeen = CASE WHEN row.seen < h.firstSeen THEN row.seen ELSE h.firstSeen END,
             h.lastSeen = CASE WHEN row.seen > h.lastSeen THEN row.seen ELSE h.lastSeen END
