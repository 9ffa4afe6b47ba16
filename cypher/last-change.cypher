OPTIONAL MATCH (f:ChangeFeed {name: $feed})
RETURN coalesce(f.seq, 0) AS seq
