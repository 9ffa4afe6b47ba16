MATCH (n:Meeting) RETURN count(n) AS count
