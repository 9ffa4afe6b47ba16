MATCH (n:Office) RETURN count(n) AS count
