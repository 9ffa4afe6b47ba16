UNWIND $keys AS key
MATCH (m:Meeting {key: key})
OPTIONAL MATCH (m)<-[:ATTENDED]-(o:Person)
WITH m, o ORDER BY o.key
WITH m, collect(o.key) AS participants
OPTIONAL MATCH (d:Country)-[:SENT_DELEGATION]->(m)
WITH m, participants, d ORDER BY d.code
WITH m, participants, collect(d.code) AS delegations
OPTIONAL MATCH (m)-[:HELD_IN]->(c:Country)
RETURN m.key AS key, m.kind AS kind, m.date AS date, m.datePrecision AS datePrecision, m.city AS city, c.code AS country, participants, delegations
