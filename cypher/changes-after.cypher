MATCH (c:Change)
WHERE c.seq > $after
RETURN c.seq AS seq, c.kind AS kind, c.key AS key, c.article AS article, c.at AS at
ORDER BY seq
LIMIT $limit
