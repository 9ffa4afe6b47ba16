UNWIND $rows AS row
MATCH (p:Person {key: row.person})
MATCH (o:Office {key: row.office})
MERGE (p)-[h:HOLDS]->(o)
ON CREATE SET h.firstSeen = row.first, h.lastSeen = row.last
ON MATCH SET h.firstSeen = CASE WHEN row.first < h.firstSeen THEN row.first ELSE h.firstSeen END,
             h.lastSeen = CASE WHEN row.last > h.lastSeen THEN row.last ELSE h.lastSeen END
