import { h, text } from '../dom.js';
import { query } from '../graphql.js';
import { t, lang, officeTitle } from '../i18n.js';
import { MEETINGS_PAGE, failure, loading, meetingItem, pagedTimeline, personLink } from './common.js';

const COUNTRY = `query Country($code: ID!) {
  country(code: $code) {
    code name nameAr
    offices(first: 100) { totalCount edges { node { officeKey title titleAr firstSeen lastSeen person { key name nameEn } } } }
    meetingsHosted(first: 100) { totalCount }
  }
  meetings(country: $code, first: 100) { ${MEETINGS_PAGE} }
}`;

const MORE = `query More($code: ID!, $after: String) { meetings(country: $code, first: 100, after: $after) { ${MEETINGS_PAGE} } }`;

// A country: who holds its offices, and on one timeline the meetings it hosted and those its delegations attended abroad.
export async function countryPage(view, code) {
  view.replaceChildren(loading());
  let data;
  try {
    data = await query(COUNTRY, { code });
  } catch (error) {
    view.replaceChildren(failure(error));
    return;
  }
  const country = data.country;
  if (!country) {
    view.replaceChildren(h('p', { class: 'muted' }, t('notFound')));
    return;
  }
  document.title = `${lang() === 'ar' ? country.nameAr : country.name} — KnowledgeGraph`;
  const event = m => ({ date: m.date, item: meetingItem(m, { tag: m.country === country.code ? t('hostedTag') : t('delegationTag') }) });
  const byOffice = Map.groupBy(country.offices.edges.map(e => e.node), o => o.officeKey);
  view.replaceChildren(h('article', { class: 'country-page', dataset: { country: country.code } },
    h('header', { class: 'page-head' },
      h('h1', {}, text(lang() === 'ar' ? country.nameAr : country.name)),
      h('p', { class: 'aliases' }, text(lang() === 'ar' ? country.name : country.nameAr), ` · ${country.code}`),
      h('p', { class: 'muted' }, `${t('hosted')}: ${country.meetingsHosted.totalCount} · ${t('delegations')}: ${data.meetings.totalCount - country.meetingsHosted.totalCount}`)),
    h('section', { class: 'panel' },
      h('h2', {}, t('officeHolders')),
      byOffice.size
        ? h('dl', { class: 'office-holders' }, [...byOffice.values()].map(terms => [
          h('dt', {}, h('a', { href: `#/office/${encodeURIComponent(terms[0].title)}/${country.code}` }, text(officeTitle(terms[0])))),
          terms.sort((a, b) => a.firstSeen.localeCompare(b.firstSeen)).map(term => h('dd', {},
            personLink(term.person), ' ', h('span', { class: 'muted' }, h('time', {}, term.firstSeen), ' → ', h('time', {}, term.lastSeen)))),
        ]))
        : h('p', { class: 'muted' }, '—')),
    pagedTimeline(t('timelineOf'), data.meetings, async after => (await query(MORE, { code, after })).meetings, event)));
}

const HOLDERS = `query Holders($title: String!, $country: ID) {
  officeHolders(title: $title, country: $country, first: 100) {
    edges { node { title titleAr country firstSeen lastSeen person { key name nameEn } } }
  }
}`;

// Who held an office, earliest first.
export async function officePage(view, title, country) {
  view.replaceChildren(loading());
  try {
    const data = await query(HOLDERS, { title, country: country || null });
    const terms = data.officeHolders.edges.map(e => e.node);
    if (!terms.length) {
      view.replaceChildren(h('p', { class: 'muted' }, t('notFound')));
      return;
    }
    view.replaceChildren(h('article', { class: 'office-page' },
      h('header', { class: 'page-head' }, h('h1', {}, text(officeTitle(terms[0]))),
        h('p', { class: 'aliases' }, text(lang() === 'ar' ? terms[0].title : terms[0].titleAr ?? ''))),
      h('section', { class: 'panel' }, h('h2', {}, t('officeHolders')),
        h('ol', { class: 'offices' }, terms.map(term => h('li', {},
          personLink(term.person), ' ', h('span', { class: 'muted' }, h('time', {}, term.firstSeen), ' → ', h('time', {}, term.lastSeen))))))));
  } catch (error) {
    view.replaceChildren(failure(error));
  }
}


