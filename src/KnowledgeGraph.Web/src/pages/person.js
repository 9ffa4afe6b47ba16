import { h, text } from '../dom.js';
import { query } from '../graphql.js';
import { t, personName, officeTitle } from '../i18n.js';
import { drawNetwork } from '../network.js';
import { MEETINGS_PAGE, countryLink, failure, loading, meetingItem, pagedTimeline } from './common.js';

const PERSON = `query Person($key: ID!, $from: String, $to: String, $kind: MeetingKind) {
  person(key: $key) {
    key name nameEn aliases countries
    offices { officeKey title titleAr country firstSeen lastSeen }
    counterparts(first: 25, from: $from, to: $to, kind: $kind) { meetings lastMet person { key name nameEn } }
    meetings(first: 100, from: $from, to: $to) { ${MEETINGS_PAGE} }
  }
}`;

const MORE = `query More($key: ID!, $from: String, $to: String, $after: String) {
  person(key: $key) { meetings(first: 100, from: $from, to: $to, after: $after) { ${MEETINGS_PAGE} } }
}`;

// A person: names in both scripts, countries, offices over time, the people they met drawn as a network, and the
// timeline of their meetings with the articles that report each.
export async function personPage(view, key, filter = {}) {
  view.replaceChildren(loading());
  let data;
  try {
    data = await query(PERSON, { key, from: filter.from || null, to: filter.to || null, kind: filter.kind || null });
  } catch (error) {
    view.replaceChildren(failure(error));
    return;
  }
  const person = data.person;
  if (!person) {
    view.replaceChildren(h('p', { class: 'muted' }, t('notFound')));
    return;
  }
  document.title = `${personName(person)} — KnowledgeGraph`;
  const range = { key, from: filter.from || null, to: filter.to || null };
  const network = h('div', { id: 'network', class: 'network', role: 'img', 'aria-label': t('network') });
  const others = [person.name, person.nameEn, ...person.aliases].filter((n, i, all) => n && all.indexOf(n) === i && n !== personName(person));
  view.replaceChildren(h('article', { class: 'person-page', dataset: { person: person.key } },
    h('header', { class: 'page-head' },
      h('h1', {}, text(personName(person))),
      others.length ? h('p', { class: 'aliases' }, others.map((n, i) => [i ? ' · ' : '', text(n)])) : null,
      h('p', { class: 'countries' }, person.countries.map((c, i) => [i ? ' · ' : '', countryLink(c)]))),
    h('div', { class: 'columns' },
      h('section', { class: 'panel' },
        h('h2', {}, t('offices')),
        person.offices.length
          ? h('ol', { class: 'offices' }, [...person.offices].sort((a, b) => a.firstSeen.localeCompare(b.firstSeen)).map(o => h('li', {},
            h('a', { href: `#/office/${encodeURIComponent(o.title)}/${o.country ?? ''}` }, text(officeTitle(o), 'strong')),
            o.country ? [' — ', countryLink(o.country)] : null,
            h('div', { class: 'muted dates' }, h('time', {}, o.firstSeen), ' → ', h('time', {}, o.lastSeen)))))
          : h('p', { class: 'muted' }, '—')),
      h('section', { class: 'panel wide' },
        h('h2', {}, t('network')),
        filters(key, filter),
        person.counterparts.length ? network : h('p', { class: 'muted' }, t('noNetwork')),
        h('ul', { class: 'network-list visually-hidden' }, person.counterparts.map(c => h('li', {},
          h('a', { href: `#/person/${encodeURIComponent(c.person.key)}` }, text(personName(c.person))), ` ${t('meetingsCount', c.meetings)}`))))),
    pagedTimeline(t('timeline'), person.meetings,
      async after => (await query(MORE, { ...range, after })).person.meetings,
      m => (filter.kind && m.kind !== filter.kind.toLowerCase() ? null : { date: m.date, item: meetingItem(m, { except: person.key }) }))));
  if (person.counterparts.length) {
    drawNetwork(network, person, person.counterparts, personName, next => {
      if (next !== person.key) location.hash = `#/person/${encodeURIComponent(next)}`;
    });
  }
}

// Date range and kind, kept in the address so a filtered view can be shared.
function filters(key, filter) {
  const from = h('input', { type: 'date', name: 'from', value: filter.from ?? '', 'aria-label': t('from') });
  const to = h('input', { type: 'date', name: 'to', value: filter.to ?? '', 'aria-label': t('to') });
  const kind = h('select', { name: 'kind', 'aria-label': t('kind') },
    ['', 'MEETING', 'VISIT', 'CALL'].map(k => h('option', { value: k, selected: (filter.kind ?? '') === k }, k ? t(k.toLowerCase()) : t('anyKind'))));
  return h('form', {
    class: 'filters',
    onsubmit: event => {
      event.preventDefault();
      const params = new URLSearchParams(Object.entries({ from: from.value, to: to.value, kind: kind.value }).filter(([, v]) => v));
      location.hash = `#/person/${encodeURIComponent(key)}${params.size ? `?${params}` : ''}`;
    },
  }, h('label', {}, t('from'), ' ', from), h('label', {}, t('to'), ' ', to), h('label', {}, t('kind'), ' ', kind),
  h('button', { type: 'submit' }, t('apply')));
}

