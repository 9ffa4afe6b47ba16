MATCH (a:Article {id: $id})
RETURN a.id AS id, a.title AS title, a.url AS url, a.published AS published, a.language AS language
