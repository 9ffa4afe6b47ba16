// The interface in Arabic and English; the data keep their own script and direction whatever the interface is in.

const strings = {
  en: {
    brand: 'KnowledgeGraph', navSearch: 'Search', navConnection: 'Connection', navLive: 'Live', navGraphQL: 'GraphQL', otherLanguage: 'العربية',
    searchPlaceholder: 'A person, country or office, in Arabic or English', searchHint: 'Type at least two letters.',
    persons: 'Persons', countries: 'Countries', offices: 'Offices', nothingFound: 'Nothing found.',
    loading: 'Loading…', notFound: 'Not found.', error: 'The server answered with an error:',
    network: 'Network', timeline: 'Meetings', from: 'From', to: 'To',
    kind: 'Kind', anyKind: 'any', meeting: 'meeting', visit: 'visit', call: 'call', apply: 'Apply',
    meetingsCount: n => `${n} meeting${n === 1 ? '' : 's'}`, shown: (n, total) => `${n} of ${total} shown`,
    with: 'with', in: 'in', reportedBy: 'Reported by', noMeetings: 'No meetings in this range.', noNetwork: 'No one met in this range.',
    officeHolders: 'Office holders', hosted: 'Meetings hosted', delegations: 'Delegations sent', timelineOf: 'Timeline',
    hostedTag: 'hosted', delegationTag: 'delegation', holders: n => `${n} holder${n === 1 ? '' : 's'}`,
    connectionTitle: 'How are two people connected?', personA: 'First person', personB: 'Second person',
    noConnection: 'No chain of meetings links them (up to 6 meetings).', chainLength: n => `${n} meeting${n === 1 ? '' : 's'} apart`,
    liveTitle: 'Arriving now', liveWaiting: 'Waiting for articles and meetings as they are ingested…',
    liveOpen: 'connected', liveClosed: 'reconnecting…', article: 'Article', publishedOn: 'published', untitled: '(untitled)', source: 'source', more: 'Show more',
  },
  ar: {
    brand: 'KnowledgeGraph', navSearch: 'بحث', navConnection: 'الصلة', navLive: 'مباشر', navGraphQL: 'GraphQL', otherLanguage: 'English',
    searchPlaceholder: 'شخص أو دولة أو منصب، بالعربية أو بالإنجليزية', searchHint: 'اكتب حرفين على الأقل.',
    persons: 'الأشخاص', countries: 'الدول', offices: 'المناصب', nothingFound: 'لا نتائج.',
    loading: 'جارٍ التحميل…', notFound: 'غير موجود.', error: 'أجاب الخادم بخطأ:',
    network: 'شبكة اللقاءات', timeline: 'اللقاءات', from: 'من', to: 'إلى',
    kind: 'النوع', anyKind: 'الكل', meeting: 'لقاء', visit: 'زيارة', call: 'اتصال', apply: 'تطبيق',
    meetingsCount: n => `${n} ${n === 1 ? 'لقاء' : n === 2 ? 'لقاءان' : n <= 10 ? 'لقاءات' : 'لقاءً'}`, shown: (n, total) => `${n} من ${total}`,
    with: 'مع', in: 'في', reportedBy: 'المصادر', noMeetings: 'لا لقاءات في هذه الفترة.', noNetwork: 'لا لقاءات في هذه الفترة.',
    officeHolders: 'شاغلو المناصب', hosted: 'لقاءات استضافتها', delegations: 'وفود أرسلتها', timelineOf: 'الخط الزمني',
    hostedTag: 'استضافة', delegationTag: 'وفد', holders: n => `${n} ${n === 1 ? 'شاغل' : 'شاغلين'}`,
    connectionTitle: 'كيف يرتبط شخصان؟', personA: 'الشخص الأول', personB: 'الشخص الثاني',
    noConnection: 'لا تربطهما سلسلة لقاءات (حتى ستة لقاءات).', chainLength: n => `على بعد ${n} ${n === 1 ? 'لقاء' : 'لقاءات'}`,
    liveTitle: 'يصل الآن', liveWaiting: 'في انتظار المقالات واللقاءات لحظة إدخالها…',
    liveOpen: 'متصل', liveClosed: 'إعادة الاتصال…', article: 'مقال', publishedOn: 'نُشر', untitled: '(بلا عنوان)', source: 'المصدر', more: 'عرض المزيد',
  },
};

let language = localStorage.getItem('kg.language') ?? (navigator.language?.startsWith('ar') ? 'ar' : 'en');

export const lang = () => language;

export function t(key, ...args) {
  const value = strings[language][key] ?? strings.en[key] ?? key;
  return typeof value === 'function' ? value(...args) : value;
}

export function setLanguage(next) {
  language = next;
  localStorage.setItem('kg.language', next);
  applyLanguage();
}

export function applyLanguage() {
  document.documentElement.lang = language;
  document.documentElement.dir = language === 'ar' ? 'rtl' : 'ltr';
  for (const element of document.querySelectorAll('[data-i18n]')) element.textContent = t(element.dataset.i18n);
  const toggle = document.getElementById('language');
  toggle.textContent = t('otherLanguage');
  toggle.lang = language === 'ar' ? 'en' : 'ar';
}

// The name to show first: the Arabic form in the Arabic interface, the English one (where known) in the English one.
export const personName = p => (language === 'ar' ? p.name : p.nameEn ?? p.name);
export const otherName = p => (language === 'ar' ? p.nameEn : p.nameEn ? p.name : null);
export const officeTitle = o => (language === 'ar' ? o.titleAr ?? o.title : o.title);

const regions = {};
export function countryName(code) {
  if (!code) return '';
  regions[language] ??= new Intl.DisplayNames([language], { type: 'region' });
  try {
    return regions[language].of(code) ?? code;
  } catch {
    return code;
  }
}
