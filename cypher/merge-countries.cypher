UNWIND $rows AS row
MERGE (c:Country {code: row.code})
ON CREATE SET c.name = row.name, c.nameAr = row.nameAr
