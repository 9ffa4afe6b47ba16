UNWIND $rows AS row
MATCH (c:Country {code: row.country})
MATCH (m:Meeting {key: row.meeting})
MERGE (c)-[:SENT_DELEGATION]->(m)
