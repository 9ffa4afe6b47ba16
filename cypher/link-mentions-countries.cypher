UNWIND $rows AS row
MATCH (a:Article {id: row.article})
MATCH (c:Country {code: row.key})
MERGE (a)-[:MENTIONS]->(c)
