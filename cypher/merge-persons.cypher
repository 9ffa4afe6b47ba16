UNWIND $rows AS row
MERGE (p:Person {key: row.key})
ON CREATE SET p.name = row.name, p.nameEn = row.nameEn, p.aliases = [], p.writeId = $writeId
WITH p, row, CASE WHEN size(row.name) > size(p.name) THEN row.name ELSE p.name END AS fullest
WITH p, row, fullest, [form IN coalesce(p.aliases, []) + row.aliases + [p.name, row.name] WHERE form <> fullest] AS forms
SET p.name = fullest,
    p.aliases = reduce(acc = [], form IN forms | CASE WHEN form IN acc THEN acc ELSE acc + form END)
