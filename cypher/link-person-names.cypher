UNWIND $rows AS row
MATCH (p:Person {key: row.person})
MERGE (n:Name {form: row.form})
MERGE (p)-[:NAMED]->(n)
