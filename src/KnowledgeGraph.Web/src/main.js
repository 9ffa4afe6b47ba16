import { applyLanguage, lang, setLanguage } from './i18n.js';
import { searchPage } from './pages/search.js';
import { personPage } from './pages/person.js';
import { countryPage, officePage } from './pages/country.js';
import { connectionPage } from './pages/connection.js';
import { livePage } from './pages/live.js';
import { articlePage } from './pages/article.js';

const view = document.getElementById('view');
let leave = null;

// Routes live in the hash, so every page is one file the server already serves: #/person/KEY?from=…&to=…&kind=…
function route() {
  leave?.();
  leave = null;
  document.title = 'KnowledgeGraph';
  const [path, search] = location.hash.replace(/^#/, '').split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const params = Object.fromEntries(new URLSearchParams(search ?? ''));
  for (const link of document.querySelectorAll('nav a')) {
    link.classList.toggle('active', link.getAttribute('href') === `#/${parts[0] ?? ''}` || (!parts[0] && link.getAttribute('href') === '#/'));
  }
  switch (parts[0]) {
    case 'person': return personPage(view, parts[1], params);
    case 'country': return countryPage(view, parts[1]);
    case 'office': return officePage(view, parts[1], parts[2]);
    case 'connection': return connectionPage(view, parts[1], parts[2]);
    case 'article': return articlePage(view, parts[1]);
    case 'live': leave = livePage(view); return;
    case 'search': return searchPage(view, parts[1] ?? '');
    default: return searchPage(view, '');
  }
}

document.getElementById('language').addEventListener('click', () => {
  setLanguage(lang() === 'ar' ? 'en' : 'ar');
  route();
});
window.addEventListener('hashchange', route);
applyLanguage();
route();
