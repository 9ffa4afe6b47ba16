import { h } from '../dom.js';
import { subscribe } from '../graphql.js';
import { t } from '../i18n.js';
import { MEETING_FIELDS, meetingItem } from './common.js';

const MEETINGS = `subscription { meetingAdded { ${MEETING_FIELDS} } }`;
const ARTICLES = `subscription { articleIngested { id title url published language } }`;

// Articles and meetings as they are ingested, newest first, from the API's subscriptions. Returns the way to stop.
export function livePage(view) {
  const status = h('span', { class: 'status', id: 'live-status' }, '…');
  const feed = h('ol', { id: 'live-feed', class: 'live-feed' });
  const waiting = h('p', { class: 'muted' }, t('liveWaiting'));
  view.replaceChildren(h('section', { class: 'live-page' }, h('h1', {}, t('liveTitle'), ' ', status), waiting, feed));
  const add = item => {
    waiting.remove();
    feed.prepend(item);
    while (feed.children.length > 200) feed.lastChild.remove();
  };
  const show = (state) => {
    status.textContent = state === 'open' ? t('liveOpen') : t('liveClosed');
    status.dataset.state = state;
  };
  const stops = [
    subscribe(ARTICLES, {}, {
      status: show,
      next: ({ articleIngested: a }) => add(h('li', { class: 'live-article', dataset: { article: a.id } },
        h('span', { class: 'tag' }, t('article')), ' ',
        h('a', { href: `#/article/${encodeURIComponent(a.id)}`, dir: 'auto' }, a.title ?? a.id),
        ' ', h('span', { class: 'muted' }, `${t('publishedOn')} `, h('time', {}, a.published)))),
    }),
    subscribe(MEETINGS, {}, {
      next: ({ meetingAdded: m }) => add(h('li', { class: 'live-meeting' }, h('ol', { class: 'timeline flat' }, meetingItem(m)))),
    }),
  ];
  return () => stops.forEach(stop => stop());
}
