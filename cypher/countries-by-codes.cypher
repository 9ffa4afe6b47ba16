UNWIND $codes AS code
MATCH (c:Country {code: code})
RETURN c.code AS code, c.name AS name, c.nameAr AS nameAr
