// Lints every statement in cypher/ with Neo4j's own Cypher 5 parser (@neo4j-cypher/language-support).
// Exit code 1 when any file has an error (severity 1); warnings are printed but allowed.
const fs = require('fs');
const path = require('path');
const { lintCypherQuery } = require('@neo4j-cypher/language-support');

const folder = process.argv[2] || 'cypher';
const files = fs.readdirSync(folder).filter(f => f.endsWith('.cypher')).sort();
let errors = 0;
for (const file of files) {
  const text = fs.readFileSync(path.join(folder, file), 'utf8');
  const params = {};
  for (const m of text.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)) params[m[1]] = '';
  const { diagnostics } = lintCypherQuery(text, { parameters: params });
  for (const d of diagnostics) {
    const where = d.range ? `${d.range.start.line + 1}:${d.range.start.character + 1}` : '?';
    console.log(`${file}:${where}: ${d.severity === 1 ? 'error' : 'warning'}: ${d.message}`);
    if (d.severity === 1) errors++;
  }
}
console.log(`cypher lint: ${files.length} files, ${errors} errors`);
process.exit(errors > 0 ? 1 : 0);
