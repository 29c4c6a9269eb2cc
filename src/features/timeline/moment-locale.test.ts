import moment from 'moment';
import { describe, expect, it } from 'vitest';
import { localizedMoment, timelineLocale } from './moment-locale';

describe('timeline axis locales', () => {
  it('write Arabic month names with Western digits, and English ones, leaving moment’s global locale alone', () => {
    const global = moment.locale();
    const june = Date.UTC(2024, 5, 15);
    expect(localizedMoment('ar')(june).utc().format('MMMM YYYY')).toBe('يونيو 2024');
    expect(localizedMoment('ar')(june).utc().format('MMM')).toBe('يونيو');
    expect(localizedMoment('en')(june).utc().format('MMM YYYY')).toBe('Jun 2024');
    expect(localizedMoment('en')(june).utc().format('MMMM D')).toBe('June 15');
    expect(moment.locale()).toBe(global);
    expect(timelineLocale('ar')).not.toBe(timelineLocale('en'));
  });
});
