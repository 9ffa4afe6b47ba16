UNWIND $rows AS row
OPTIONAL MATCH (p:Person {key: row.key}) WHERE row.kind = $person AND p.writeId = $writeId
OPTIONAL MATCH (m:Meeting {key: row.key}) WHERE row.kind = $meeting AND m.writeId = $writeId
WITH row WHERE row.kind = $article OR p IS NOT NULL OR m IS NOT NULL
WITH collect(row) AS changes
MERGE (f:ChangeFeed {name: $feed})
ON CREATE SET f.seq = 0
SET f.seq = f.seq + size(changes)
WITH f.seq - size(changes) AS base, changes
UNWIND range(0, size(changes) - 1) AS i
CREATE (:Change {seq: base + i + 1, kind: changes[i].kind, key: changes[i].key, article: changes[i].article, at: changes[i].at})
