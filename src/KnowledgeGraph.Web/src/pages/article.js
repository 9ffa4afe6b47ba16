import { h, text } from '../dom.js';
import { query } from '../graphql.js';
import { t } from '../i18n.js';
import { evidence, failure, kindLabel, loading, personLink } from './common.js';

const ARTICLE = `query Article($id: ID!) {
  article(id: $id) {
    id title url published language
    persons { person { key name nameEn } }
    meetings { key kind date city country participants { key name nameEn } reports { sentence article { id } } }
  }
}`;

// An article as the graph holds it: who it names, and each meeting it reports with the sentence that says so.
export async function articlePage(view, id) {
  view.replaceChildren(loading());
  let article;
  try {
    article = (await query(ARTICLE, { id })).article;
  } catch (error) {
    view.replaceChildren(failure(error));
    return;
  }
  if (!article) {
    view.replaceChildren(h('p', { class: 'muted' }, t('notFound')));
    return;
  }
  document.title = `${article.title ?? article.id} — KnowledgeGraph`;
  view.replaceChildren(h('article', { class: 'article-page', dataset: { article: article.id } },
    h('header', { class: 'page-head' },
      h('h1', { dir: 'auto', lang: article.language ?? undefined }, article.title ?? t('untitled')),
      h('p', { class: 'muted' }, `${t('publishedOn')} `, h('time', {}, article.published),
        article.url ? [' · ', h('a', { href: article.url, target: '_blank', rel: 'noopener noreferrer' }, t('source'))] : null)),
    h('section', { class: 'panel' }, h('h2', {}, t('persons')),
      h('p', {}, article.persons.map((m, i) => [i ? ' · ' : '', personLink(m.person)]))),
    h('section', { class: 'panel' }, h('h2', {}, t('timeline')),
      h('ol', { class: 'timeline flat' }, article.meetings.map(m => {
        const sentence = m.reports.find(r => r.article.id === article.id)?.sentence;
        return h('li', { class: 'event' },
          h('div', { class: 'when' }, h('time', {}, m.date ?? '—')),
          h('div', { class: 'what' },
            h('div', { class: 'headline' }, h('span', { class: `kind kind-${m.kind}` }, kindLabel(m.kind)), m.city ? text(m.city, 'span', { class: 'place' }) : null),
            h('div', { class: 'who' }, m.participants.map((p, i) => [i ? ' · ' : '', personLink(p)])),
            evidence(sentence, article.language)));
      })))));
}
