import { h, text, debounce } from '../dom.js';
import { query } from '../graphql.js';
import { t, lang, personName, otherName, countryName } from '../i18n.js';

export const MEETING_FIELDS = `
  key kind date city country delegations
  participants { key name nameEn }
  reports { sentence evidence { start end } article { id title url published language } }`;

export const MEETINGS_PAGE = `totalCount pageInfo { hasNextPage endCursor } edges { node { ${MEETING_FIELDS} } }`;

export const personLink = p =>
  h('a', { href: `#/person/${encodeURIComponent(p.key)}`, class: 'person', title: otherName(p) ?? undefined }, text(personName(p)));

export const countryLink = code => h('a', { href: `#/country/${code}`, class: 'country' }, text(countryName(code)));

export const kindLabel = kind => t(kind?.toLowerCase() ?? 'meeting');

export const loading = () => h('p', { class: 'muted' }, t('loading'));

export const failure = error => h('p', { class: 'error', role: 'alert' }, `${t('error')} `, text(error.message));

// One meeting on a timeline: when, what, where, who else, and every article that reports it with the sentence saying so.
export function meetingItem(meeting, { except, tag } = {}) {
  const others = meeting.participants.filter(p => p.key !== except);
  const place = [meeting.city, meeting.country ? countryName(meeting.country) : null].filter(Boolean).join(lang() === 'ar' ? '، ' : ', ');
  return h('li', { class: 'event', dataset: { meeting: meeting.key } },
    h('div', { class: 'when' }, h('time', { datetime: meeting.date ?? '' }, meeting.date ?? '—')),
    h('div', { class: 'what' },
      h('div', { class: 'headline' },
        h('span', { class: `kind kind-${meeting.kind}` }, kindLabel(meeting.kind)),
        tag ? h('span', { class: 'tag' }, tag) : null,
        place ? h('span', { class: 'place' }, `${t('in')} `, text(place)) : null,
        meeting.delegations.length ? h('span', { class: 'delegations' }, meeting.delegations.map(countryLink)) : null),
      others.length ? h('div', { class: 'who' }, `${t('with')} `, others.map((p, i) => [i ? ' · ' : '', personLink(p)])) : null,
      reports(meeting.reports)));
}

// The sentence that states a fact, highlighted, in its own language and direction.
export const evidence = (sentence, language) =>
  sentence ? h('blockquote', { dir: 'auto', lang: language ?? undefined, class: 'evidence' }, h('mark', {}, sentence)) : null;

function reports(list) {
  if (!list?.length) return null;
  return h('div', { class: 'reports' },
    h('div', { class: 'label' }, t('reportedBy')),
    list.map(r => h('figure', { class: 'report' },
      evidence(r.sentence, r.article.language),
      h('figcaption', {},
        h('a', { href: `#/article/${encodeURIComponent(r.article.id)}`, dir: 'auto', class: 'article-link' }, r.article.title ?? t('untitled')),
        r.article.url ? [' ', h('a', { href: r.article.url, target: '_blank', rel: 'noopener noreferrer', class: 'source' }, '↗')] : null,
        ' ', h('span', { class: 'muted' }, `${t('publishedOn')} `, h('time', {}, r.article.published))))));
}

// Dated events grouped under their year, in date order (undated last).
export function timeline(events) {
  const sorted = [...events].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
  const years = new Map();
  for (const e of sorted) {
    const year = e.date?.slice(0, 4) ?? '—';
    if (!years.has(year)) years.set(year, []);
    years.get(year).push(e.item);
  }
  return h('ol', { class: 'timeline' }, [...years].map(([year, items]) =>
    h('li', { class: 'year' }, h('h3', {}, year), h('ol', {}, items))));
}

// A text field that asks for persons as the user types and calls pick with the chosen one.
export function personPicker(label, pick, initial) {
  const input = h('input', { type: 'search', dir: 'auto', placeholder: label, 'aria-label': label, value: initial ? personName(initial) : '' });
  const list = h('ul', { class: 'suggestions', role: 'listbox' });
  const ask = debounce(async value => {
    list.replaceChildren();
    if (value.trim().length < 2) return;
    const data = await query(`query($s: String!) { persons(search: $s, first: 8) { edges { node { key name nameEn countries } } } }`, { s: value });
    list.replaceChildren(...data.persons.edges.map(({ node }) =>
      h('li', { role: 'option' }, h('button', {
        type: 'button', dataset: { key: node.key },
        onclick: () => { input.value = personName(node); list.replaceChildren(); pick(node); },
      }, text(personName(node)), otherName(node) ? h('span', { class: 'muted' }, ' · ', text(otherName(node))) : null))));
  }, 200);
  input.addEventListener('input', () => ask(input.value));
  return h('div', { class: 'picker' }, input, list);
}

// A timeline that shows the first page of a connection and fetches the next ones on demand: a person with thousands of
// meetings opens as fast as one with ten. toEvent turns a node into { date, item }, or null to leave it out.
export function pagedTimeline(title, first, more, toEvent) {
  const events = [];
  const count = h('span', { class: 'muted' });
  const list = h('div');
  const button = h('button', { type: 'button', class: 'more' }, t('more'));
  let page = first;
  const show = () => {
    events.push(...page.edges.map(e => toEvent(e.node)).filter(Boolean));
    count.textContent = t('shown', events.length, first.totalCount);
    list.replaceChildren(events.length ? timeline(events) : h('p', { class: 'muted' }, t('noMeetings')));
    button.hidden = !page.pageInfo.hasNextPage;
  };
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      page = await more(page.pageInfo.endCursor);
      show();
    } catch (error) {
      list.append(failure(error));
    } finally {
      button.disabled = false;
    }
  });
  show();
  return h('section', { class: 'panel' }, h('h2', {}, title, ' ', count), list, button);
}
