UNWIND $rows AS row
MATCH (p:Person {key: row.person})
MATCH (m:Meeting {key: row.meeting})
MERGE (p)-[:ATTENDED]->(m)
