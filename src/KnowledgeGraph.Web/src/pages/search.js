import { h, text, debounce } from '../dom.js';
import { query } from '../graphql.js';
import { t, personName, otherName, countryName, officeTitle, lang } from '../i18n.js';
import { failure } from './common.js';

const SEARCH = `query Search($s: String!) {
  persons(search: $s, first: 10) { totalCount edges { node { key name nameEn countries } } }
  alike: person(name: $s) { key name nameEn countries }
  countries(search: $s, first: 5) { code name nameAr }
  offices(search: $s, first: 8) { key title titleAr country holders }
}`;

// Results as you type: persons, countries and offices whose names contain the text, in either script.
export function searchPage(view, initial = '') {
  const input = h('input', {
    id: 'search', type: 'search', dir: 'auto', autocomplete: 'off', autofocus: true,
    placeholder: t('searchPlaceholder'), 'aria-label': t('searchPlaceholder'), value: initial,
  });
  const results = h('div', { id: 'results' });
  let asked = 0;
  // The text the results on screen were found for, and whether Enter came before they were.
  let shown = null;
  let openFirst = false;
  const show = (value, nodes) => {
    results.replaceChildren(...nodes);
    shown = value;
    // What the results on screen are of: "Safa" may still show while "Safadi" is asked.
    results.dataset.for = value;
    if (openFirst) {
      openFirst = false;
      results.querySelector('.hit a')?.click();
    }
  };
  const search = async value => {
    // A search still pending when a result was opened belongs to a page that is gone: it must neither rewrite the address
    // of the page now shown nor draw on it.
    if (!results.isConnected) return;
    const mine = ++asked;
    history.replaceState(null, '', value ? `#/search/${encodeURIComponent(value)}` : '#/');
    if (value.trim().length < 2) {
      show(value, [h('p', { class: 'muted' }, t('searchHint'))]);
      return;
    }
    try {
      const data = await query(SEARCH, { s: value.trim() });
      if (mine === asked && results.isConnected) show(value, render(data));
    } catch (error) {
      if (mine === asked && results.isConnected) show(value, [failure(error)]);
    }
  };
  const run = debounce(search, 150);
  input.addEventListener('input', () => run(input.value));
  // Enter opens the first result, as in a search box anywhere: of the text as typed, not of a part of it whose results
  // are still on screen.
  input.addEventListener('keydown', event => {
    if (event.key !== 'Enter') return;
    if (shown === input.value) {
      results.querySelector('.hit a')?.click();
    } else {
      // Through the debounce, so that a search still pending is this one, not a second.
      openFirst = true;
      run(input.value);
    }
  });
  view.replaceChildren(h('section', { class: 'search' }, input, results));
  input.focus();
  run(initial);
}

function render({ persons, alike, countries, offices }) {
  // The person a name sounds like ("Ayman Safadi" for «أيمن الصفدي»), when the text is no part of a name as written.
  const found = persons.edges.map(e => e.node);
  if (alike && !found.some(p => p.key === alike.key)) found.unshift(alike);
  if (!found.length && !countries.length && !offices.length) return [h('p', { class: 'muted' }, t('nothingFound'))];
  const section = (title, items) => (items.length ? h('section', { class: 'group' }, h('h2', {}, title), h('ul', { class: 'hits' }, items)) : null);
  return [
    section(t('persons'), found.map(p => h('li', { class: 'hit', dataset: { kind: 'person', key: p.key } },
      h('a', { href: `#/person/${encodeURIComponent(p.key)}` }, text(personName(p), 'strong')),
      otherName(p) ? h('span', { class: 'muted' }, ' · ', text(otherName(p))) : null,
      p.countries.length ? h('span', { class: 'muted' }, ' — ', p.countries.map(countryName).join(lang() === 'ar' ? '، ' : ', ')) : null))),
    section(t('countries'), countries.map(c => h('li', { class: 'hit', dataset: { kind: 'country', key: c.code } },
      h('a', { href: `#/country/${c.code}` }, text(lang() === 'ar' ? c.nameAr : c.name, 'strong')),
      h('span', { class: 'muted' }, ' · ', text(lang() === 'ar' ? c.name : c.nameAr))))),
    section(t('offices'), offices.map(o => h('li', { class: 'hit', dataset: { kind: 'office', key: o.key } },
      h('a', { href: `#/office/${encodeURIComponent(o.title)}/${o.country ?? ''}` }, text(officeTitle(o), 'strong')),
      o.country ? h('span', { class: 'muted' }, ' — ', countryName(o.country)) : null,
      h('span', { class: 'muted' }, ' · ', t('holders', o.holders))))),
  ].filter(Boolean);
}
