// Every output format escapes for itself (issue 8, point 4): CSV cells a spreadsheet would run as
// formulas are defused, XML outputs drop characters XML 1.0 forbids, dates are real calendar dates
// in 1900–2100. Expectations are written out by hand; XML well-formedness is judged by xmllint.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validInstant, validPlainDate } from '../../site/src/lib/dates/valid.ts';
import { formatDateInVietnam, formatPlainDate } from '../../site/src/lib/format/date.ts';
import { isoDate } from '../../site/src/lib/format/iso-date.ts';
import { xmlSafe } from '../../site/src/lib/format/xml-text.ts';
import { storyFeed } from '../../site/src/lib/routes/feed.ts';
import { defuseCsvCell, HONOUR_DATASET, toCsv, type OpenDataRecord } from '../../site/src/lib/routes/open-data.ts';
import type { StoryCard } from '../../site/src/lib/routes/types.ts';
import { jsonLd } from '../../site/src/lib/seo/json-ld.ts';
import { urlset } from '../../site/src/integrations/sitemap.ts';

const dir = mkdtempSync(join(tmpdir(), 'output-escaping-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs xmllint on the text; returns its complaint, or '' when the document is well-formed. */
function xmllint(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  try {
    execFileSync('xmllint', ['--noout', file], { stdio: ['ignore', 'pipe', 'pipe'] });
    return '';
  } catch (error) {
    return String((error as { stderr?: Buffer }).stderr ?? error);
  }
}

describe('CSV formula injection (OWASP)', () => {
  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+1', "'+1"],
    ['-1+2', "'-1+2"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['a=b', 'a=b'],
    [' =1+1', "' =1+1"],
    ['  @SUM(1)', "'  @SUM(1)"],
    ['Nguyễn Văn A', 'Nguyễn Văn A'],
    ['Nguyễn Văn A', 'Nguyễn Văn A'],
    ["'=already", "'=already"],
    ['', ''],
  ])('defuseCsvCell(%j) is %j', (cell, expected) => {
    expect(defuseCsvCell(cell)).toBe(expected);
  });

  const record = (overrides: Partial<OpenDataRecord>): OpenDataRecord => ({
    id: 'h1',
    title: 'Chiến sĩ thi đua',
    category: null,
    category_label: null,
    level: null,
    level_label: null,
    decision_number: '12/QĐ',
    decision_date: '2024-02-29',
    issuer: 'Sở GD&ĐT',
    year: 2024,
    decision_url: null,
    recipient_ids: [],
    recipient_names: [],
    recipient_provinces: [],
    ...overrides,
  });
  /** The data row (line 2) of a one-record CSV, without the BOM, header and final CRLF. */
  const row = (overrides: Partial<OpenDataRecord>) => toCsv(HONOUR_DATASET, [record(overrides)]).split('\r\n')[1];

  it('quotes and prefixes a formula cell, leaves a harmless one alone', () => {
    expect(row({ title: '=HYPERLINK("http://x","y")' })).toBe(`h1,"'=HYPERLINK(""http://x"",""y"")",,,,,12/QĐ,2024-02-29,Sở GD&ĐT,2024,,,,`);
    expect(row({ title: 'a=b' })).toBe('h1,a=b,,,,,12/QĐ,2024-02-29,Sở GD&ĐT,2024,,,,');
  });

  it('keeps RFC 4180 quoting for commas and quotes', () => {
    expect(row({ title: 'Bằng khen "Nhà giáo tiêu biểu", năm 2024' })).toBe('h1,"Bằng khen ""Nhà giáo tiêu biểu"", năm 2024",,,,,12/QĐ,2024-02-29,Sở GD&ĐT,2024,,,,');
  });

  it('defuses a list cell by its first character and leaves numbers as numbers', () => {
    expect(row({ recipient_names: ['-Lan', 'Bình'], year: -1 })).toBe(`h1,Chiến sĩ thi đua,,,,,12/QĐ,2024-02-29,Sở GD&ĐT,-1,,,"'-Lan; Bình",`);
  });

  it('defuses a CR-led cell and still quotes it', () => {
    expect(row({ issuer: '\r=1' })).toBe(`h1,Chiến sĩ thi đua,,,,,12/QĐ,2024-02-29,"'\r=1",2024,,,,`);
  });
});

describe('xmlSafe', () => {
  it.each([
    ['\u0000', ''],
    ['\u0008', ''],
    ['\u000B', ''],
    ['\u000C', ''],
    ['\u000E', ''],
    ['\u001F', ''],
    ['\uFFFE', ''],
    ['\uFFFF', ''],
    ['\uD800', ''],
    ['\uDBFF', ''],
    ['\uDC00', ''],
    ['\uDFFF', ''],
    ['a\uD800b', 'ab'],
    ['a\uDC00\uD800b', 'ab'],
    ['\t', '\t'],
    ['\n', '\n'],
    ['\r', '\r'],
    [' ', ' '],
    ['\uD7FF', '\uD7FF'],
    ['\uE000', '\uE000'],
    ['\uFFFD', '\uFFFD'],
    ['\uD83D\uDE00', '\uD83D\uDE00'],
    ['\uDBFF\uDFFF', '\uDBFF\uDFFF'],
    ['Gương\u0001 sáng', 'Gương sáng'],
  ])('xmlSafe(%j) is %j', (input, expected) => {
    expect(xmlSafe(input)).toBe(expected);
  });
});

describe('dates', () => {
  it.each([
    ['2023-02-30', undefined],
    ['2023-04-31', undefined],
    ['2023-02-29', undefined],
    ['2024-02-29', '2024-02-29'],
    ['2000-02-29', '2000-02-29'],
    ['1900-02-29', undefined],
    ['1900-01-01', '1900-01-01'],
    ['2100-12-31', '2100-12-31'],
    ['1899-12-31', undefined],
    ['2101-01-01', undefined],
    ['99999-01-01', undefined],
    ['2024-13-01', undefined],
    ['2024-00-10', undefined],
    ['2024-01-00', undefined],
    ['not a date', undefined],
    ['', undefined],
    ['2024-03-05T00:00:00Z', undefined],
    [null, undefined],
  ])('validPlainDate(%j) is %j', (value, expected) => {
    expect(validPlainDate(value)).toBe(expected);
  });

  it.each([
    ['2024-03-05T02:00:00.000Z', '2024-03-05T02:00:00.000Z'],
    ['2024-03-05T09:00:00+07:00', '2024-03-05T09:00:00+07:00'],
    ['2024-03-04T20:00:00-05:00', '2024-03-04T20:00:00-05:00'],
    ['2024-02-29T12:00:00Z', '2024-02-29T12:00:00Z'],
    ['2024-03-05', '2024-03-05'],
    ['2023-02-30T10:00:00Z', undefined],
    ['2023-02-29T10:00:00Z', undefined],
    ['1899-12-31T23:59:59Z', undefined],
    ['2101-01-01T00:00:00Z', undefined],
    ['+099999-01-01T00:00:00.000Z', undefined],
    ['99999-01-01T00:00:00Z', undefined],
    ['2024-13-01T00:00:00Z', undefined],
    ['2024-03-05T24:00:00Z', undefined],
    ['2024-03-05T10:60:00Z', undefined],
    ['2024-03-05T10:00:00+25:00', undefined],
    ['not a date', undefined],
    ['March 5, 2024', undefined],
  ])('validInstant(%j) is %j', (value, expected) => {
    expect(validInstant(value)).toBe(expected);
  });

  it('formats an impossible date as empty, a real one as before', () => {
    expect(formatPlainDate('2023-02-30')).toBe('');
    expect(formatPlainDate('2023-02-29')).toBe('');
    expect(formatPlainDate('2024-02-29')).toBe('29 tháng 2, 2024');
    expect(formatPlainDate('2024-02-29T00:00:00Z')).toBe('29 tháng 2, 2024');
    expect(formatDateInVietnam('2023-02-30T10:00:00Z')).toBe('');
    expect(formatDateInVietnam('99999-01-01T00:00:00Z')).toBe('');
    // 20:00 in New York on 4 March is 08:00 on 5 March in Vietnam.
    expect(formatDateInVietnam('2024-03-04T20:00:00-05:00')).toBe('5 tháng 3, 2024');
    expect(isoDate('2024-03-04T20:00:00-05:00')).toBe('2024-03-05');
    expect(isoDate('2023-02-30T10:00:00Z')).toBeUndefined();
  });
});

describe('XML outputs parse', () => {
  const hostile = 'Cô giáo\u0001 <Lan> & ]]> "đẹp"\u000B\uD800';
  const card = (overrides: Partial<StoryCard>): StoryCard => ({
    _id: 's1',
    title: hostile,
    slug: 'co-giao-lan',
    dek: `Tóm tắt\u0002 ${hostile}`,
    format: null,
    publishedAt: '2024-03-05T02:00:00Z',
    cover: null,
    column: null,
    ...overrides,
  });

  it('a feed built from a story whose title holds U+0001, ]]> and < is well-formed, with the text kept', async () => {
    const response = await storyFeed({
      title: 'Gương sáng\u0003',
      description: 'Mô tả',
      page: '/',
      self: '/rss.xml',
      stories: [card({}), card({ _id: 's2', slug: 'nam-99999', publishedAt: '99999-01-01T00:00:00Z' }), card({ _id: 's3', slug: 'ngay-30-2', publishedAt: '2023-02-30T00:00:00Z' })],
      site: new URL('https://guong-sang.example/'),
    });
    const xml = await response.text();
    expect(xmllint('feed.xml', xml)).toBe('');
    expect(xml).toContain('<title>Cô giáo &lt;Lan&gt; &amp; ]]&gt; &quot;đẹp&quot;</title>');
    expect(xml).toContain('<title>Gương sáng</title>');
    // One real date → one pubDate; the year-99999 and 30 February stories have none.
    expect(xml.match(/<pubDate>/g)).toHaveLength(1);
    expect(xml).toContain('<pubDate>Tue, 05 Mar 2024 02:00:00 GMT</pubDate>');
  });

  it('a sitemap with a control character in a URL is well-formed', () => {
    const xml = urlset([{ loc: 'https://guong-sang.example/bai-viet/a\u0001b/?x=1&y=2', lastmod: '2024-03-05T02:00:00.000Z' }]);
    expect(xmllint('sitemap.xml', xml)).toBe('');
    expect(xml).toContain('<loc>https://guong-sang.example/bai-viet/ab/?x=1&amp;y=2</loc>');
  });

  it('JSON-LD drops forbidden characters and never closes the script', () => {
    const text = jsonLd({ headline: `a\u0001b</script>\uD800\u2028`, n: 3 });
    expect(text).toBe('{"headline":"ab\\u003c/script>\\u2028","n":3}');
    expect(JSON.parse(text)).toEqual({ headline: 'ab</script>\u2028', n: 3 });
  });
});
