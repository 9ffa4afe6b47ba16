UNWIND $rows AS row
MATCH (a:Article {id: row.article})
MATCH (m:Meeting {key: row.meeting})
MERGE (a)-[r:REPORTS]->(m)
ON CREATE SET r.evidenceStart = row.start, r.evidenceEnd = row.end, r.evidenceText = row.text
