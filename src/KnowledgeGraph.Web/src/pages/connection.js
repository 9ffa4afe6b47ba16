import { h, text } from '../dom.js';
import { query } from '../graphql.js';
import { t, lang, personName, countryName } from '../i18n.js';
import { drawChain } from '../network.js';
import { failure, kindLabel, loading, personPicker, personLink } from './common.js';

const CHAIN = `query Chain($from: ID!, $to: ID!) {
  from: person(key: $from) { key name nameEn }
  to: person(key: $to) { key name nameEn }
  connection(from: $from, to: $to, maxHops: 6) { person { key name nameEn } meeting { key kind date city country } }
}`;

// Two people and the shortest chain of meetings between them, drawn.
export async function connectionPage(view, fromKey, toKey) {
  const chosen = { from: fromKey, to: toKey };
  const go = () => {
    if (chosen.from && chosen.to) location.hash = `#/connection/${encodeURIComponent(chosen.from)}/${encodeURIComponent(chosen.to)}`;
  };
  const result = h('div', { class: 'chain-result' });
  let known = {};
  if (fromKey && toKey) {
    result.replaceChildren(loading());
    try {
      known = await query(CHAIN, { from: fromKey, to: toKey });
    } catch (error) {
      result.replaceChildren(failure(error));
    }
  }
  view.replaceChildren(h('section', { class: 'connection-page' },
    h('h1', {}, t('connectionTitle')),
    h('div', { class: 'pickers' },
      personPicker(t('personA'), p => { chosen.from = p.key; go(); }, known.from),
      personPicker(t('personB'), p => { chosen.to = p.key; go(); }, known.to)),
    result));
  if (!known.from || !known.to) return;
  const steps = known.connection;
  if (!steps) {
    result.replaceChildren(h('p', { class: 'muted' }, t('noConnection')));
    return;
  }
  const canvas = h('div', { id: 'chain', class: 'network chain', role: 'img', 'aria-label': t('navConnection') });
  const describe = m => [kindLabel(m.kind), m.date, m.city].filter(Boolean).join(' · ');
  result.replaceChildren(
    h('p', {}, t('chainLength', steps.length - 1)),
    canvas,
    h('ol', { class: 'chain-steps' }, steps.map(s => h('li', {}, personLink(s.person),
      s.meeting ? h('span', { class: 'muted' }, ' — ', text(describe(s.meeting)), s.meeting.country ? ` (${countryName(s.meeting.country)})` : '') : null))));
  drawChain(canvas, steps, personName, describe, lang() === 'ar', key => (location.hash = `#/person/${encodeURIComponent(key)}`));
}
