MATCH (n:Country) RETURN count(n) AS count
