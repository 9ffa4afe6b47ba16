UNWIND $keys AS key
MATCH (a:Article)-[r:REPORTS]->(m:Meeting {key: key})
RETURN a.id AS id, a.title AS title, a.url AS url, a.published AS published, a.language AS language,
       m.key AS meeting, r.evidenceStart AS evidenceStart, r.evidenceEnd AS evidenceEnd, r.evidenceText AS evidenceText
ORDER BY published, id, meeting
