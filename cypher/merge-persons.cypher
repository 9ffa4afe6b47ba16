UNWIND $rows AS row
MERGE (p:Person {key: row.key})
ON CREATE SET p.name = row.name, p.nameEn = row.nameEn, p.aliases = [], p.writeId = $writeId
// The fullest name is an Arabic form over a Latin one (the English spelling is nameEn), else the longer.
WITH p, row, row.name =~ $arabicScript AS rowArabic, p.name =~ $arabicScript AS currentArabic
WITH p, row, CASE WHEN rowArabic <> currentArabic THEN CASE WHEN rowArabic THEN row.name ELSE p.name END
                  WHEN size(row.name) > size(p.name) THEN row.name ELSE p.name END AS fullest
WITH p, row, fullest, [form IN coalesce(p.aliases, []) + row.aliases + [p.name, row.name] WHERE form <> fullest] AS forms,
     // A spelling seen in English text replaces one made by rule (a spelling the person was never named by).
     CASE WHEN row.written IS NOT NULL AND coalesce(p.nameEn <> row.written AND p.nameEn <> p.name AND NOT p.nameEn IN coalesce(p.aliases, []), true)
          THEN row.written ELSE p.nameEn END AS nameEn
SET p.name = fullest,
    p.nameEn = nameEn,
    p.aliases = reduce(acc = [], form IN forms | CASE WHEN form IN acc THEN acc ELSE acc + form END)
