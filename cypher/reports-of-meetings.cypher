UNWIND $keys AS key
MATCH (a:Article)-[r:REPORTS]->(m:Meeting {key: key})
RETURN m.key AS meeting, a.id AS id, a.title AS title, a.url AS url, a.published AS published, a.language AS language,
       r.evidenceStart AS evidenceStart, r.evidenceEnd AS evidenceEnd, r.evidenceText AS evidenceText
ORDER BY published, id, meeting
