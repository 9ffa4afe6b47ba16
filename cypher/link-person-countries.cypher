UNWIND $rows AS row
MATCH (p:Person {key: row.person})
MATCH (c:Country {code: row.country})
MERGE (p)-[:REPRESENTS]->(c)
