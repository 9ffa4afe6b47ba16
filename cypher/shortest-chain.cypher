// Two lookups by unique key, one row each: the cross product the linter warns of is one row.
// The relationship type is checked in the predicate rather than the pattern: Neo4j 3.1 on a current JVM fails on a
// typed variable-length shortest path.
MATCH (a:Person {key: $from}), (b:Person {key: $to})
MATCH path = shortestPath((a)-[*..12]-(b))
WHERE all(r IN relationships(path) WHERE type(r) = $attended)
RETURN [n IN nodes(path) WHERE n:Person | n.key] AS persons, [n IN nodes(path) WHERE n:Meeting | n.key] AS meetings
