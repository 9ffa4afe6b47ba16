MATCH (n:Article) RETURN count(n) AS count
