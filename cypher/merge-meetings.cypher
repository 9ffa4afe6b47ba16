UNWIND $rows AS row
MERGE (m:Meeting {key: row.key})
ON CREATE SET m.kind = row.kind, m.date = row.date, m.datePrecision = row.datePrecision, m.city = row.city, m.writeId = $writeId
SET m.city = coalesce(m.city, row.city),
    m.datePrecision = CASE WHEN size(coalesce(row.date, '')) > size(coalesce(m.date, '')) THEN row.datePrecision ELSE m.datePrecision END,
    m.date = CASE WHEN size(coalesce(row.date, '')) > size(coalesce(m.date, '')) THEN row.date ELSE m.date END
WITH m, row
WHERE row.country IS NOT NULL
MATCH (c:Country {code: row.country})
MERGE (m)-[:HELD_IN]->(c)
