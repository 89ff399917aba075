import { describe, expect, it } from 'vitest';
import { stripTitleDate } from '../../src/plan/title-dates.js';

describe('stripTitleDate', () => {
  it.each([
    [
      'Need at least 6,000 IU daily while breastfeeding to eliminate Vitamin D deficiency – meta-analysis Oct 2021',
      'Need at least 6,000 IU daily while breastfeeding to eliminate Vitamin D deficiency – meta-analysis',
    ],
    ['Vitamin D and COVID Oct 2021', 'Vitamin D and COVID'],
    ['Vitamin D – March 2024', 'Vitamin D'],
    ['Vitamin D — March 2024', 'Vitamin D'],
    ['Vitamin D - Sept 2019', 'Vitamin D'],
    ['Vitamin D Sept. 2019', 'Vitamin D'],
    ['Vitamin D May 20 2020', 'Vitamin D'],
    ['Vitamin D Jan 5, 2021', 'Vitamin D'],
    ['Vitamin D Jan 5th, 2021', 'Vitamin D'],
    ['Vitamin D Jan 5, 21', 'Vitamin D'],
    ['Vitamin D (Oct 2021)', 'Vitamin D'],
    ['Vitamin D, December 1999', 'Vitamin D'],
    ['Vitamin D: update JUNE 2022', 'Vitamin D: update'],
    ['Dec 2020 review Jan 2021', 'Dec 2020 review'],
  ])('strips %j → %j', (before, after) => {
    expect(stripTitleDate(before)).toEqual({ title: after, stripped: true });
  });

  it.each([
    'COVID deaths in March 2020',
    'Vitamin D levels since Jan 2019',
    'Trial results as of Oct 2021',
    'Enrolment until May 5, 2022',
    'Data from Jan 2020 to March 2021',
    'Vitamin D before Sept 2019',
    'Vitamin D levels in – March 2020',
    'Deaths between Jan 2020 and Feb 2021',
    'March 2020',
    '– March 2020',
    'Vitamin D May 20',
    'Vitamin D Jan 21',
    'Vitamin D Oct 3021',
    'Vitamin D Oct 1850',
    'Vitamin D Oct',
    'Vitamin DMay 2020',
    'Kids may 2000',
    'Vitamin D (Oct 2021',
    'Vitamin D Octopus 2021',
  ])('keeps %j', (title) => {
    expect(stripTitleDate(title)).toEqual({ title, stripped: false });
  });
});
