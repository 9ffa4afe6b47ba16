UNWIND $keys AS owner
MATCH (:Person {key: owner})-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(other:Person)
WHERE other.key <> owner
RETURN owner, other.key AS counterpart, count(m) AS meetings, max(m.date) AS lastMet
