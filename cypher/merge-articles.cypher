UNWIND $rows AS row
MERGE (a:Article {id: row.id})
ON CREATE SET a.url = row.url, a.title = row.title, a.published = row.published, a.language = row.language,
              a.contentHash = row.contentHash, a.ingestedAt = row.ingestedAt
