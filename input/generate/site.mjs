// The embedded sample Tiki site, as data.
//
// Everything here ends up as rows of Tiki's real tables (see tiki-core.sql); to-sql.mjs turns it into
// INSERT statements and make-dump.sh loads them into MariaDB and runs mysqldump. Page bodies are
// the files pages/<page_id>.tiki, stored byte for byte as tiki_pages.data (except the two pages that
// declare a storage transform below: `crlf` and `mojibake`).
//
// Rules for editing:
// - Keep it deterministic: fixed timestamps (t('YYYY-MM-DD hh:mm')), no Date.now(), no randomness.
// - planted.json lists the findings a converter must report on this site (broken/ambiguous links,
//   duplicate names, slug collisions) with page ids and body line numbers. Change a body and you
//   may have to update it: `node input/generate/verify-planted.mjs` recomputes and compares.
// - Plain Node ESM, no dependencies: only node: built-ins.

import { readFileSync } from 'node:fs';

const here = new URL('.', import.meta.url);

/** Epoch seconds for a UTC date-time written 'YYYY-MM-DD hh:mm' (Tiki stores int(14) epoch seconds). */
export function t(text) {
  const ms = Date.parse(text.replace(' ', 'T') + ':00Z');
  if (Number.isNaN(ms)) throw new Error(`bad timestamp ${text}`);
  return ms / 1000;
}

// ---------------------------------------------------------------------------------------------
// Users (users_users + tiki_user_preferences realName). Pages refer to users by login.
export const users = [
  { userId: 1, login: 'admin', email: 'admin@example.org', realName: 'Site Admin', created: t('2008-05-02 09:00') },
  { userId: 2, login: 'jsmith', email: 'jsmith@example.org', realName: 'Jane Smith', created: t('2008-06-11 14:20') },
  { userId: 3, login: 'drbob', email: 'bob@example.net', realName: 'Dr Bob Hartley', created: t('2009-01-20 08:45') },
  { userId: 4, login: 'maria.k', email: 'maria.k@example.com', realName: 'Maria Kowalska', created: t('2012-09-03 17:05') },
  // A non-ASCII login: Tiki references users by login string everywhere.
  { userId: 5, login: 'jöhn', email: 'john@example.de', realName: 'Jöhn Müller', created: t('2014-02-14 12:00') },
];

// ---------------------------------------------------------------------------------------------
// Categories. parentId 0 = top level. Chains: Health Topics > Vitamins > Vitamin D > Vitamin D
// Receptor (4 levels), Health Topics > Conditions > Mental Health (3), Research > Clinical Trials (2).
// 5, 6, 7 are the seed page's categories with the seed's ids (top level, as in page.json).
export const categories = [
  { categId: 1, name: 'Health Topics', parentId: 0, description: 'Everything about health, by topic' },
  { categId: 2, name: 'Vitamins', parentId: 1, description: '' },
  { categId: 3, name: 'Vitamin D', parentId: 2, description: 'Pages about vitamin D itself' },
  { categId: 4, name: 'Minerals', parentId: 1, description: 'Magnesium, zinc, boron, calcium' },
  { categId: 5, name: 'Pregnancy', parentId: 0, description: '' },
  { categId: 6, name: 'Meta-analysis', parentId: 0, description: '' },
  { categId: 7, name: 'Infant-Child', parentId: 0, description: '' },
  { categId: 8, name: 'Research', parentId: 0, description: 'Summaries of published studies' },
  { categId: 9, name: 'Clinical Trials', parentId: 8, description: 'Randomised controlled trials' },
  { categId: 10, name: 'Conditions', parentId: 1, description: 'Diseases and conditions linked to vitamin D' },
  { categId: 11, name: 'Mental Health', parentId: 10, description: '' },
  { categId: 12, name: 'Sun & Skin', parentId: 1, description: 'Sunlight, UVB, "skin types"' },
  { categId: 13, name: 'Wiki Help', parentId: 0, description: 'How to use and edit this wiki' },
  { categId: 14, name: 'Vitamin K', parentId: 2, description: '' },
  { categId: 15, name: 'Vitamin D Receptor', parentId: 3, description: 'VDR genetics and immunology' },
  { categId: 16, name: 'Newsletters', parentId: 0, description: '' },
  { categId: 17, name: 'Archive', parentId: 0, description: 'Empty: no page uses it' },
];

// ---------------------------------------------------------------------------------------------
// Free tags: `tag` is Tiki's normalized form (lower-case, spaces collapsed), `raw_tag` what the
// user typed and what readers saw. Tags 1-9 are the seed page's tags, exactly as in page.json.
export const freetags = [
  { tagId: 1, tag: 'blood levels', raw_tag: 'blood levels' },
  { tagId: 2, tag: 'breastfed', raw_tag: 'breastfed' },
  { tagId: 3, tag: 'child', raw_tag: 'child' },
  { tagId: 4, tag: 'dosage', raw_tag: 'dosage' },
  { tagId: 5, tag: 'high dose', raw_tag: 'high dose' },
  { tagId: 6, tag: 'pregnancy', raw_tag: 'pregnancy' },
  { tagId: 7, tag: 'therapeutic intervention', raw_tag: 'therapeutic intervention' },
  { tagId: 8, tag: 'vitamin d', raw_tag: 'vitamin d' },
  { tagId: 9, tag: 'vitamin d blood test', raw_tag: 'vitamin d blood test' },
  { tagId: 10, tag: 'vitamin k2', raw_tag: 'Vitamin K2' },
  { tagId: 11, tag: 'magnesium', raw_tag: 'Magnesium' },
  { tagId: 12, tag: 'sun exposure', raw_tag: 'Sun Exposure' },
  { tagId: 13, tag: 'uvb', raw_tag: 'UVB' },
  { tagId: 14, tag: 'omega-3', raw_tag: 'Omega-3' },
  { tagId: 15, tag: 'covid-19', raw_tag: 'COVID-19' },
  { tagId: 16, tag: 'sleep quality', raw_tag: 'Sleep Quality' },
  { tagId: 17, tag: 'café', raw_tag: 'Café' },
  { tagId: 18, tag: 'bone health', raw_tag: 'Bone  Health' }, // typed with a double space
  { tagId: 19, tag: 'toxicity', raw_tag: 'toxicity ' }, // typed with a trailing space
  { tagId: 20, tag: 'wiki syntax', raw_tag: 'Wiki Syntax' },
  { tagId: 21, tag: 'd3', raw_tag: 'D3' },
  { tagId: 22, tag: 'autism', raw_tag: 'Autism' },
  { tagId: 23, tag: 'immunity', raw_tag: 'Immunity' },
  { tagId: 24, tag: 'elderly', raw_tag: 'Elderly' },
  { tagId: 25, tag: 'calcium', raw_tag: 'Calcium' },
  { tagId: 26, tag: 'latitude', raw_tag: 'Latitude' },
  { tagId: 27, tag: 'newsletter', raw_tag: 'Newsletter' },
  { tagId: 28, tag: 'faq', raw_tag: 'FAQ' },
  { tagId: 29, tag: 'витамин', raw_tag: 'Витамин', lang: 'ru' },
  { tagId: 30, tag: 'sunlight', raw_tag: 'Sunlight' },
];

// ---------------------------------------------------------------------------------------------
// Pages. Fields map to tiki_pages columns; `categories` are categIds, `tags` raw tags (tagged by the
// page's creator; `taggedBy` adds extra tagging users for one tag, giving one row per user).
// Defaults (see `page()` below): user = creator, lang 'en', is_html 0, wysiwyg 'n', version 1,
// description ''.
//
// Array order is the physical row order of tiki_pages, which is the order mysqldump writes rows
// in (MyISAM, no ORDER BY). It is ascending page_id except where a later page reused the space of
// a deleted one (pages 6 and 28 were deleted), as happens on real sites; readers must not assume
// sorted input.
function page(p) {
  return {
    user: p.creator,
    lang: 'en',
    is_html: 0,
    wysiwyg: 'n',
    version: 1,
    description: '',
    comment: '',
    hits: 0,
    categories: [],
    tags: [],
    ...p,
  };
}

export const pages = [
  page({ page_id: 1, pageName: 'HomePage', created: t('2008-05-02 09:10'), lastModif: t('2022-11-20 18:30'), creator: 'admin', version: 14, hits: 48211, description: 'Start page of the Vitamin Wiki', comment: 'new links' }),
  page({ page_id: 2, pageName: 'Vitamin D', created: t('2008-05-03 10:00'), lastModif: t('2021-06-01 07:45'), creator: 'admin', user: 'drbob', version: 3, hits: 30544, description: 'Overview: sources, levels, forms, safety', comment: 'added risk groups', categories: [3], tags: ['vitamin d', 'D3', 'Sunlight'], taggedBy: { 'vitamin d': ['admin', 'drbob'] } }),
  page({ page_id: 3, pageName: 'Vitamin D Deficiency', created: t('2008-05-10 11:00'), lastModif: t('2019-02-11 09:12'), creator: 'jsmith', version: 5, hits: 12004, categories: [3, 10], tags: ['vitamin d', 'blood levels'] }),
  page({ page_id: 4, pageName: 'Vitamin D Blood Test', created: t('2008-06-01 15:30'), lastModif: t('2020-01-05 10:00'), creator: 'drbob', version: 7, hits: 9876, description: 'Which test, how to read the result', categories: [3, 8], tags: ['vitamin d blood test', 'blood levels'] }),
  page({ page_id: 5, pageName: 'Vitamin D Dosage Chart', created: t('2009-02-14 12:00'), lastModif: t('2021-03-30 16:40'), creator: 'drbob', user: 'maria.k', version: 9, hits: 15230, categories: [3], tags: ['dosage', 'vitamin d', 'high dose'] }),
  // Created in 2016 after page 6 was deleted: its row sits where page 6's was.
  page({ page_id: 66, pageName: 'sunlight', created: t('2016-07-19 21:03'), lastModif: t('2016-07-19 21:03'), creator: 'maria.k', hits: 88, comment: 'forum questions' }),
  page({ page_id: 7, pageName: 'Calcium + Magnesium', created: t('2009-03-01 08:00'), lastModif: t('2018-04-22 13:15'), creator: 'jsmith', version: 2, hits: 2450, categories: [4], tags: ['Calcium', 'Magnesium'] }),
  page({ page_id: 8, pageName: 'Magnesium', created: t('2009-03-01 08:30'), lastModif: t('2020-10-10 10:10'), creator: 'jsmith', version: 6, hits: 7020, categories: [4], tags: ['Magnesium'] }),
  page({ page_id: 9, pageName: 'Vitamin D and Magnesium', created: t('2010-01-12 19:00'), lastModif: t('2019-05-05 05:05'), creator: 'drbob', version: 3, hits: 6311, categories: [3, 4], tags: ['Magnesium', 'vitamin d'] }),
  page({ page_id: 11, pageName: 'Vitamin K', created: t('2010-02-02 10:00'), lastModif: t('2017-09-09 09:09'), creator: 'jsmith', version: 2, hits: 3022, categories: [14], tags: ['Vitamin K2'] }),
  page({ page_id: 12, pageName: 'Vitamin K2 and Bone Health', created: t('2010-02-03 10:00'), lastModif: t('2018-08-08 08:08'), creator: 'drbob', hits: 1740, categories: [14, 8], tags: ['Vitamin K2', 'Bone  Health'] }),
  page({ page_id: 13, pageName: 'Omega-3, Fish Oil, and Vitamin D', created: t('2010-04-18 16:20'), lastModif: t('2019-11-30 20:00'), creator: 'jsmith', version: 4, hits: 2210, description: 'Cod liver oil, VITAL, fish', categories: [2, 8], tags: ['Omega-3'] }),
  page({ page_id: 14, pageName: 'Sunlight', created: t('2010-05-01 12:00'), lastModif: t('2020-06-21 12:00'), creator: 'admin', version: 4, hits: 5120, categories: [12], tags: ['Sunlight', 'Sun Exposure'] }),
  page({ page_id: 15, pageName: 'Sun Exposure Guidelines', created: t('2010-05-02 12:00'), lastModif: t('2020-06-22 12:00'), creator: 'admin', user: 'jsmith', version: 3, hits: 3900, categories: [12], tags: ['Sun Exposure', 'UVB'] }),
  page({ page_id: 16, pageName: 'Latitude and UVB', created: t('2010-05-03 12:00'), lastModif: t('2016-01-15 09:30'), creator: 'drbob', hits: 2800, categories: [12], tags: ['Latitude', 'UVB'] }),
  page({ page_id: 18, pageName: 'Seasonal Variation', created: t('2010-11-11 11:11'), lastModif: t('2018-12-01 08:00'), creator: 'drbob', hits: 1500, categories: [12, 3], tags: ['Latitude'] }),
  page({ page_id: 19, pageName: 'Vitamin D & Sleep', created: t('2011-01-07 22:40'), lastModif: t('2019-01-07 22:40'), creator: 'maria.k', version: 2, hits: 2600, categories: [10], tags: ['Sleep Quality'] }),
  page({ page_id: 20, pageName: 'Café au lait and Vitamin D', created: t('2014-03-01 10:00'), lastModif: t('2014-03-02 10:00'), creator: 'jöhn', hits: 640, description: 'Does coffee block vitamin D?', categories: [3], tags: ['Café'] }),
  page({ page_id: 21, pageName: 'The "Sunshine" Vitamin\'s History', created: t('2011-03-15 09:00'), lastModif: t('2015-03-15 09:00'), creator: 'jsmith', hits: 910, categories: [3] }),
  page({ page_id: 22, pageName: 'Naive T cells and Vitamin D', created: t('2011-05-20 14:00'), lastModif: t('2018-05-20 14:00'), creator: 'drbob', version: 2, hits: 700, categories: [15, 8] }),
  // A redirect page: the whole body is the REDIRECT plugin (an alias of its target).
  page({ page_id: 23, pageName: 'Cholecalciferol', created: t('2011-06-01 10:00'), lastModif: t('2011-06-01 10:00'), creator: 'admin', hits: 1200, description: null }),
  page({ page_id: 24, pageName: 'Wiki Help', created: t('2008-05-02 09:30'), lastModif: t('2020-02-02 20:20'), creator: 'admin', version: 8, hits: 4400, categories: [13], tags: ['Wiki Syntax'] }),
  page({ page_id: 25, pageName: 'Sandbox', created: t('2008-05-02 09:40'), lastModif: t('2023-01-09 11:11'), creator: 'admin', user: 'jöhn', version: 3, hits: 2300, comment: 'testing', categories: [13], tags: ['Wiki Syntax'] }),
  page({ page_id: 26, pageName: 'Editing Tips', created: t('2009-09-09 09:00'), lastModif: t('2019-09-09 09:00'), creator: 'jsmith', version: 2, hits: 800, categories: [13], tags: ['Wiki Syntax'] }),
  // Imported from an old latin1 site: stored double-encoded (see `mojibake` in storedBody()).
  page({ page_id: 27, pageName: 'Newsletter Archive 2009', created: t('2009-10-01 08:00'), lastModif: t('2009-10-01 08:00'), creator: 'admin', hits: 300, description: 'Autumn 2009 – imported', mojibake: true, categories: [16], tags: ['Newsletter'] }),
  // An HTML page (WYSIWYG editor), created in 2015 in the space left by deleted page 28.
  page({ page_id: 412, pageName: 'Newsletter March 2015', created: t('2015-03-01 09:00'), lastModif: t('2015-03-02 09:00'), creator: 'maria.k', hits: 450, is_html: 1, wysiwyg: 'y', categories: [16], tags: ['Newsletter'] }),
  // Structure "Vitamin D Basics": page 29 is the root, 30-33 the lessons (see `structures`).
  page({ page_id: 29, pageName: 'Vitamin D Basics', created: t('2012-01-10 10:00'), lastModif: t('2012-01-10 10:00'), creator: 'drbob', hits: 3300, categories: [3] }),
  page({ page_id: 30, pageName: 'Lesson 1: What Vitamin D Does', created: t('2012-01-10 10:05'), lastModif: t('2013-01-10 10:05'), creator: 'drbob', hits: 2100, categories: [3] }),
  page({ page_id: 31, pageName: 'Lesson 2: Getting Enough', created: t('2012-01-10 10:10'), lastModif: t('2013-01-10 10:10'), creator: 'drbob', hits: 1900, categories: [3] }),
  page({ page_id: 32, pageName: 'Lesson 3: Testing and Levels', created: t('2012-01-10 10:15'), lastModif: t('2013-01-10 10:15'), creator: 'drbob', hits: 1700, categories: [3] }),
  page({ page_id: 33, pageName: 'Lesson 4: Special Groups', created: t('2012-01-10 10:20'), lastModif: t('2013-01-10 10:20'), creator: 'drbob', hits: 1600, categories: [3] }),
  page({ page_id: 35, pageName: 'Pregnancy and Vitamin D', created: t('2012-03-03 10:00'), lastModif: t('2021-11-05 10:00'), creator: 'maria.k', version: 6, hits: 8800, categories: [5, 3], tags: ['pregnancy', 'vitamin d'] }),
  page({ page_id: 36, pageName: 'Infant Vitamin D Supplementation', created: t('2012-03-04 10:00'), lastModif: t('2020-03-04 10:00'), creator: 'maria.k', version: 2, hits: 4100, categories: [7, 3], tags: ['breastfed', 'child'] }),
  page({ page_id: 37, pageName: 'Autism and Vitamin D', created: t('2012-06-06 10:00'), lastModif: t('2019-06-06 10:00'), creator: 'jsmith', hits: 3700, categories: [7, 10], tags: ['Autism', 'child'] }),
  page({ page_id: 38, pageName: 'COVID-19 and Vitamin D', created: t('2020-03-15 18:00'), lastModif: t('2022-05-01 18:00'), creator: 'drbob', version: 11, hits: 25400, categories: [10, 9], tags: ['COVID-19', 'Immunity'] }),
  page({ page_id: 39, pageName: 'Multiple Sclerosis and Vitamin D', created: t('2012-07-07 10:00'), lastModif: t('2018-07-07 10:00'), creator: 'drbob', hits: 2000, categories: [10, 9], tags: ['Immunity'] }),
  page({ page_id: 40, pageName: 'Cancer and Vitamin D', created: t('2012-08-08 10:00'), lastModif: t('2019-08-08 10:00'), creator: 'drbob', hits: 2500, categories: [10] }),
  page({ page_id: 41, pageName: 'Heart Health and Vitamin D', created: t('2012-09-09 10:00'), lastModif: t('2019-09-19 10:00'), creator: 'jsmith', hits: 1800, categories: [10] }),
  page({ page_id: 42, pageName: 'Diabetes and Vitamin D', created: t('2012-10-10 10:00'), lastModif: t('2019-10-10 10:00'), creator: 'drbob', hits: 2200, categories: [10, 9] }),
  page({ page_id: 44, pageName: 'Depression and Vitamin D', created: t('2013-01-20 10:00'), lastModif: t('2018-01-20 10:00'), creator: 'maria.k', hits: 2100, categories: [11] }),
  page({ page_id: 45, pageName: 'Obesity and Vitamin D', created: t('2013-02-20 10:00'), lastModif: t('2019-02-20 10:00'), creator: 'drbob', hits: 1400, categories: [10] }),
  page({ page_id: 46, pageName: 'Seniors and Vitamin D', created: t('2013-03-20 10:00'), lastModif: t('2018-03-20 10:00'), creator: 'jsmith', hits: 1300, categories: [3], tags: ['Elderly', 'Bone  Health'] }),
  page({ page_id: 47, pageName: 'Athletes and Vitamin D', created: t('2013-04-20 10:00'), lastModif: t('2017-04-20 10:00'), creator: 'jsmith', hits: 900, categories: [3] }),
  page({ page_id: 48, pageName: 'Dark Skin and Vitamin D', created: t('2013-05-20 10:00'), lastModif: t('2019-05-20 10:00'), creator: 'maria.k', hits: 1100, categories: [12, 3] }),
  page({ page_id: 49, pageName: 'Vitamin D Receptor', created: t('2013-06-20 10:00'), lastModif: t('2018-06-20 10:00'), creator: 'drbob', hits: 1000, categories: [15] }),
  page({ page_id: 50, pageName: 'Vitamin D Cofactors', created: t('2013-07-20 10:00'), lastModif: t('2020-07-20 10:00'), creator: 'drbob', version: 3, hits: 3100, categories: [2, 4] }),
  page({ page_id: 51, pageName: 'Zinc', created: t('2013-08-20 10:00'), lastModif: t('2013-08-20 10:00'), creator: 'jsmith', hits: 600, categories: [4] }),
  page({ page_id: 52, pageName: 'Boron', created: t('2013-08-21 10:00'), lastModif: t('2013-08-21 10:00'), creator: 'jsmith', hits: 500, categories: [4] }),
  page({ page_id: 53, pageName: 'Vitamin A', created: t('2013-08-22 10:00'), lastModif: t('2016-08-22 10:00'), creator: 'jsmith', hits: 700, categories: [2] }),
  page({ page_id: 54, pageName: 'Vitamin D Toxicity', created: t('2013-09-01 10:00'), lastModif: t('2021-09-01 10:00'), creator: 'drbob', version: 4, hits: 5200, categories: [3], tags: ['toxicity ', 'high dose'] }),
  // Saved from a browser textarea: CRLF line ends are stored as they came (see storedBody()).
  page({ page_id: 55, pageName: 'Vitamin D Myths', created: t('2014-01-01 10:00'), lastModif: t('2020-01-01 10:00'), creator: 'jsmith', version: 2, hits: 2900, crlf: true, categories: [3], tags: ['vitamin d'] }),
  page({ page_id: 56, pageName: '50% of People Are Deficient?', created: t('2014-02-02 10:00'), lastModif: t('2014-02-03 10:00'), creator: 'maria.k', hits: 1500, categories: [3, 8] }),
  page({ page_id: 57, pageName: 'Recent Research Overview', created: t('2014-03-03 10:00'), lastModif: t('2022-12-01 10:00'), creator: 'drbob', version: 30, hits: 6000, categories: [8] }),
  page({ page_id: 58, pageName: 'Video Library', created: t('2014-04-04 10:00'), lastModif: t('2021-04-04 10:00'), creator: 'admin', hits: 1200 }),
  page({ page_id: 59, pageName: 'Frequently Asked Questions', created: t('2014-05-05 10:00'), lastModif: t('2021-05-05 10:00'), creator: 'admin', user: 'maria.k', version: 5, hits: 9100, categories: [3], tags: ['FAQ'] }),
  page({ page_id: 60, pageName: 'Disclaimer', created: t('2008-05-02 09:20'), lastModif: t('2015-05-02 09:20'), creator: 'admin', hits: 700, categories: [13] }),
  page({ page_id: 61, pageName: 'Glossary', created: t('2014-06-06 10:00'), lastModif: t('2019-06-06 10:00'), creator: 'jsmith', hits: 1600, categories: [13] }),
  page({ page_id: 62, pageName: 'About This Wiki', created: t('2014-07-07 10:00'), lastModif: t('2019-07-07 10:00'), creator: 'admin', hits: 900, categories: [13] }),
  page({ page_id: 63, pageName: 'Contact', created: t('2014-07-08 10:00'), lastModif: t('2014-07-08 10:00'), creator: 'admin', hits: 1000 }),
  page({ page_id: 64, pageName: 'Vitamin D Calculator Notes', created: t('2015-01-15 10:00'), lastModif: t('2018-01-15 10:00'), creator: 'drbob', hits: 200, categories: [13] }),
  page({ page_id: 65, pageName: 'Vitamin D/K2 Ratio', created: t('2015-08-08 10:00'), lastModif: t('2019-08-08 10:00'), creator: 'maria.k', hits: 1900, categories: [14, 3], tags: ['Vitamin K2', 'dosage'] }),
  // Names that clash with earlier pages. Under utf8mb4_unicode_ci they could not coexist; old
  // installs with binary collations have them (make-dump.sh switches pageName to utf8mb4_bin).
  page({ page_id: 67, pageName: 'Sunlight 2', created: t('2016-08-01 10:00'), lastModif: t('2016-08-01 10:00'), creator: 'jsmith', hits: 150, categories: [12] }),
  page({ page_id: 68, pageName: 'VITAMIN K', created: t('2016-09-01 10:00'), lastModif: t('2016-09-01 10:00'), creator: 'maria.k', hits: 40 }),
  page({ page_id: 70, pageName: 'Vitamin D and Sleep', created: t('2017-02-01 10:00'), lastModif: t('2017-02-01 10:00'), creator: 'jöhn', hits: 60, categories: [10], tags: ['Sleep Quality'] }),
  page({ page_id: 71, pageName: 'Naïve T cells and Vitamin D', created: t('2017-03-01 10:00'), lastModif: t('2017-03-01 10:00'), creator: 'jöhn', hits: 20 }),
  page({ page_id: 72, pageName: 'Sunlight – May 2020', created: t('2020-05-31 10:00'), lastModif: t('2020-06-02 10:00'), creator: 'maria.k', hits: 230, categories: [12, 16], tags: ['Sunlight'] }),
  // Translations (see `translations`).
  page({ page_id: 74, pageName: 'Витамин D', created: t('2018-01-10 10:00'), lastModif: t('2018-01-10 10:00'), creator: 'maria.k', lang: 'ru', hits: 310, description: 'Русская версия страницы Vitamin D', categories: [3], tags: ['Витамин'] }),
  page({ page_id: 75, pageName: 'ビタミンと日光', created: t('2018-02-10 10:00'), lastModif: t('2018-02-10 10:00'), creator: 'maria.k', lang: 'ja', hits: 120, categories: [12] }),
  // A page written in Markdown (Tiki 24 with markdown_enabled: the body starts with {syntax}).
  page({ page_id: 76, pageName: 'Quick Start in Markdown', created: t('2023-05-02 10:00'), lastModif: t('2023-05-03 10:00'), creator: 'maria.k', hits: 75, categories: [3] }),
  page({ page_id: 1187, pageName: 'Vitamin D in Breast Milk', created: t('2018-06-01 10:00'), lastModif: t('2021-11-06 10:00'), creator: 'maria.k', version: 2, hits: 2400, categories: [5, 7], tags: ['breastfed'] }),
  page({ page_id: 2531, pageName: 'Winter Vitamin D Protocol', created: t('2019-10-01 10:00'), lastModif: t('2022-10-01 10:00'), creator: 'drbob', version: 4, hits: 4800, categories: [3], tags: ['dosage'] }),
  page({ page_id: 5023, pageName: 'Hospital Vitamin D Protocols', created: t('2020-11-11 10:00'), lastModif: t('2021-02-11 10:00'), creator: 'drbob', version: 2, hits: 900, categories: [9] }),
  // The seed page (shared/fixtures/seed-page): rows and body exactly as in page.json / page.tiki.
  page({
    page_id: 13038,
    pageName: 'Need at least 6,000 IU daily while breastfeeding to eliminate Vitamin D deficiency – meta-analysis Oct 2021',
    created: 1635768000,
    lastModif: 1635931800,
    creator: 'admin',
    user: 'admin',
    description: '',
    lang: 'en',
    is_html: 0,
    wysiwyg: 'n',
    version: 2,
    hits: 1534,
    categories: [5, 6, 7],
    tags: ['blood levels', 'breastfed', 'child', 'dosage', 'high dose', 'pregnancy', 'therapeutic intervention', 'vitamin d', 'vitamin d blood test'],
  }),
];

// ---------------------------------------------------------------------------------------------
// Previous revisions (tiki_history; its `data` is a LONGBLOB, so it becomes hex in --hex-blob dumps).
export const history = [
  { pageName: 'Vitamin D', version: 1, lastModif: t('2008-05-03 10:00'), user: 'admin', comment: 'first version', data: 'Vitamin D is the "sunshine vitamin".\nSee ((Sunlight)).' },
  { pageName: 'Vitamin D', version: 2, lastModif: t('2012-02-02 10:00'), user: 'drbob', comment: "it's longer now", data: "__Vitamin D__ is made in the skin.\n\n!!Sources\n*Sun\n*Food: it's ''rare''\nBackslash test: C:\\temp\\new" },
  { pageName: 'Sandbox', version: 1, lastModif: t('2008-05-02 09:40'), user: 'admin', comment: '', data: '' },
  { pageName: 'Sandbox', version: 2, lastModif: t('2015-05-05 15:55'), user: 'jsmith', comment: 'test', data: 'Testing 1 2 3\r\n' },
];

// ---------------------------------------------------------------------------------------------
// Wiki attachments (tiki_wiki_attachments, bytes in the database). Referenced from bodies by
// {img attId=1} (page 4) and {file name="dosage-chart.pdf"} / attId=2 (page 5).
// A real 4x4 RGB PNG (105 bytes; contains 0x00, 0x0A, 0x0D, 0x1A).
const png4x4 = Buffer.from(
  '89504e470d0a1a0a0000000d494844520000000400000004080200000026930929000000304944415478da05c1810000000803c1410c22881083082288597d7762c49829a6c58a355b6c8b1367aeb816113129d20fd8c21c719ed88bb80000000049454e44ae426082',
  'hex',
);
// A small PDF-like file whose stream holds every byte mysqldump escapes or leaves raw:
// 0x00 0x27(') 0x5C(\) 0x22(") 0x0A 0x0D 0x1A 0x09 and non-UTF-8 0xFF 0xFE.
const pdfLike = Buffer.concat([
  Buffer.from('%PDF-1.4\n%', 'latin1'),
  Buffer.from([0xe2, 0xe3, 0xcf, 0xd3]),
  Buffer.from('\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\nstream\n', 'latin1'),
  Buffer.from([0x00, 0x27, 0x5c, 0x22, 0x0a, 0x0d, 0x1a, 0x09, 0xff, 0xfe, 0x00, 0x00]),
  Buffer.from("\nendstream\n% it's a \\ test\n%%EOF\n", 'latin1'),
]);
// A 1x1 GIF and a 1x1 JPEG (real images), and a small CSV with non-ASCII text.
const gif1x1 = Buffer.from('47494638396101000100800000000000ffffff21f90401000000002c00000000010001000002024401003b', 'hex');
const jpeg1x1 = Buffer.from(
  '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=',
  'base64',
);
const latitudeCsv = Buffer.from('latitude,example city,months with little UVB\n25°,Miami,none\n42°,"Boston, Rome",about 4 (Nov–Feb)\n', 'utf8');

// Attachments 1 and 2 keep their bytes in the database (pref w_use_db = y when they were uploaded).
// 3 and 4 were uploaded after the site switched to storing files in a folder (w_use_dir): `data` is
// empty and `path` is the opaque file name Tiki generated. `disk` holds the bytes of that file, which
// make-dump.sh writes to input/files/<path> (the sample's copy of Tiki's folder); attachment 4's file
// was lost (no `disk`), so a converter must report it missing.
export const attachments = [
  { attId: 1, page: 'Vitamin D Blood Test', filename: '25ohd-ranges.png', filetype: 'image/png', user: 'drbob', data: png4x4, created: t('2012-04-04 14:00'), comment: 'Ranges chart' },
  { attId: 2, page: 'Vitamin D Dosage Chart', filename: 'dosage-chart.pdf', filetype: 'application/pdf', user: 'maria.k', data: pdfLike, created: t('2021-03-30 16:30'), comment: "Printable chart (it's A4)" },
  { attId: 3, page: 'Latitude and UVB', filename: 'uvb-map.gif', filetype: 'image/gif', user: 'drbob', path: 'e4da3b7fbbce2345d7772b0674a318d5', disk: gif1x1, created: t('2016-01-15 09:20'), comment: 'UVB by latitude' },
  { attId: 4, page: 'Latitude and UVB', filename: 'latitude-notes.odt', filetype: 'application/vnd.oasis.opendocument.text', user: 'drbob', path: '1679091c5a880faf6fb5e6087eb1b2dc', size: 8192, created: t('2016-01-15 09:25'), comment: 'Field notes' },
];

// ---------------------------------------------------------------------------------------------
// File galleries (tiki_file_galleries) and their files (tiki_files). Galleries 1 and 3 are the system
// galleries Tiki's installer creates. File 1 is current and has an archived older version, file 2
// (archiveId = 1: skipped by a converter). File 3 keeps its bytes on disk (fgal_use_dir), like
// attachment 3. `filetype` is what the browser sent: the CSV came from a Windows machine as
// application/vnd.ms-excel, so an extension must come from the file name, not the MIME type.
export const fileGalleries = [
  { galleryId: 1, name: 'File Galleries', type: 'system', parentId: -1 },
  { galleryId: 3, name: 'Wiki Attachments', type: 'system', parentId: -1 },
  { galleryId: 4, name: 'Charts', type: 'default', parentId: 1 },
];
export const files = [
  { fileId: 1, galleryId: 4, name: 'UV index chart', filename: 'uv-index.jpg', filetype: 'image/jpeg', user: 'admin', data: jpeg1x1, created: t('2015-06-01 10:00'), archiveId: 0, description: 'Current chart' },
  { fileId: 2, galleryId: 4, name: 'UV index chart', filename: 'uv-index.jpg', filetype: 'image/jpeg', user: 'admin', data: Buffer.from('an older version of the chart', 'utf8'), created: t('2014-06-01 10:00'), archiveId: 1, description: 'Old chart' },
  { fileId: 3, galleryId: 4, name: 'Latitude table', filename: 'latitude-table.csv', filetype: 'application/vnd.ms-excel', user: 'drbob', path: 'c4ca4238a0b923820dcc509a6f75849b', disk: latitudeCsv, created: t('2016-01-15 09:30'), archiveId: 0, description: 'Months with little UVB by latitude' },
];

// ---------------------------------------------------------------------------------------------
// Action log (tiki_actionlog): page renames, logged as Tiki does (action 'Renamed', object = the new
// name, comment "old=<old name>&new=<new name>"). Page 54 was renamed twice; the first name must
// still lead to it.
export const renames = [
  { actionId: 1, oldName: 'Too Much Vitamin D', newName: 'Vitamin D Overdose', user: 'drbob', at: t('2014-02-01 10:00') },
  { actionId: 2, oldName: 'Vitamin D Overdose', newName: 'Vitamin D Toxicity', user: 'drbob', at: t('2015-03-01 10:00') },
];

// Custom routes (tiki_custom_route, Tiki 18+, pref feature_sefurl_routes): a short URL for a page
// and one that leaves the site. The `redirect` JSON shape is Tiki's as far as known (unverified).
export const customRoutes = [
  { id: 1, type: 'Object', from: 'vitd', redirect: '{"type":"wiki page","object":"Vitamin D"}', description: 'Short link to Vitamin D', active: 1, short_url: 0 },
  { id: 2, type: 'Direct', from: 'shop', redirect: '{"to":"https://shop.example.org/"}', description: 'Old shop link', active: 1, short_url: 0 },
];

// ---------------------------------------------------------------------------------------------
// Structures (tiki_structures). The root row has parent_id 0 and structure_id = its own page_ref_id.
// Rows are deliberately inserted out of `pos` order; readers must order children by pos.
export const structures = [
  { page_ref_id: 1, structure_id: 1, parent_id: 0, page_id: 29, page_alias: '', pos: 1 },
  { page_ref_id: 2, structure_id: 1, parent_id: 1, page_id: 31, page_alias: '', pos: 2 },
  { page_ref_id: 3, structure_id: 1, parent_id: 1, page_id: 30, page_alias: '', pos: 1 },
  { page_ref_id: 4, structure_id: 1, parent_id: 1, page_id: 33, page_alias: '', pos: 4 },
  { page_ref_id: 5, structure_id: 1, parent_id: 1, page_id: 32, page_alias: 'Testing', pos: 3 },
  // A page that also lives outside the structure, placed under lesson 3.
  { page_ref_id: 6, structure_id: 1, parent_id: 5, page_id: 4, page_alias: '', pos: 1 },
];

// ---------------------------------------------------------------------------------------------
// Semantic alias relations: the source page's body contains (alias(target)). to-sql.mjs checks
// that this list and the bodies agree.
export const aliases = [{ source: 'Vitamin D', target: 'Old Vitamin Page' }];

// Translation sets (tiki_translated_objects: objId = page_id as a string).
export const translations = [
  { traId: 1, pageIds: [2, 74] },
  { traId: 2, pageIds: [14, 75] },
];

// Site preferences a migration reads (tiki_preferences).
export const preferences = [
  ['browsertitle', 'Vitamin Wiki'],
  ['feature_sefurl', 'y'],
  ['feature_sefurl_routes', 'y'],
  ['feature_wiki_pagealias', 'y'],
  ['fgal_use_db', 'n'],
  ['fgal_use_dir', '/var/tiki-files/'],
  ['language', 'en'],
  ['w_use_db', 'n'],
  ['w_use_dir', '/var/tiki-files/'],
  ['wikiHomePage', 'HomePage'],
  ['wiki_pagealias_tokens', 'alias'],
];

// ---------------------------------------------------------------------------------------------
/** The body file of a page, as written in the repository. */
export function bodyFile(pageId) {
  return new URL(`pages/${pageId}.tiki`, here);
}

/** The exact string stored in tiki_pages.data for a page. */
export function storedBody(p) {
  let body = readFileSync(bodyFile(p.page_id), 'utf8');
  if (p.crlf) body = body.replace(/\n/g, '\r\n');
  if (p.mojibake) body = doubleEncode(body);
  return body;
}

/** A page's description as stored (double-encoded too on the mojibake page). */
export function storedDescription(p) {
  return p.mojibake && p.description != null ? doubleEncode(p.description) : p.description;
}

// Windows-1252 for 0x80-0x9F (MySQL's "latin1" is really cp1252); the 5 undefined bytes map to
// the C1 control with the same number, as MySQL does.
const cp1252High = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

/**
 * Mojibake as old latin1 Tiki installs produce it: the UTF-8 bytes of the text read back as
 * cp1252 characters ("café" -> "cafÃ©", "’" -> "â€™"), then stored as UTF-8 again.
 */
export function doubleEncode(text) {
  let out = '';
  for (const byte of Buffer.from(text, 'utf8')) {
    out += String.fromCodePoint(byte >= 0x80 && byte <= 0x9f ? cp1252High[byte - 0x80] : byte);
  }
  return out;
}
