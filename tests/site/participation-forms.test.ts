// The participation forms in the built sample (issue 11): the contest entry form (on a contest page
// taking entries: the sample's 2025 contest, built with its clock inside the contest), the nomination
// form (/de-cu/), the hub (/tham-gia/) and the confirmation pages. Expectations come from the form
// contract (schemas/participation/form-fields.ts, consent-wording.ts, vocabulary.ts) and the sample
// dataset, never from our route data.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'parse5';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONSENT_WORDINGS } from '../../schemas/participation/consent-wording.ts';
import { COMMON_FIELDS, CONFIRMATION_PAGES, ENTRY_FIELDS, INTAKE_PATHS, NOMINATION_FIELDS } from '../../schemas/participation/form-fields.ts';
import { entrantRoles, nomineeKinds, publishableFields } from '../../schemas/participation/vocabulary.ts';
import { provinces } from '../../schemas/vocabularies/provinces.ts';
import { sampleBuild, sampleBuildAt } from '../helpers/sample-build.ts';
import { fileText, listFiles, readNdjson, sampleDatasetDir, slugOf } from './helpers/build.ts';

/** Inside the sample contest "Người thầy trong tôi" 2025 (open 2025-03-01 … 2025-08-31, Vietnam). */
const OPEN_CLOCK = '2025-05-01T09:00:00+07:00';

// --- A small DOM over parse5's tree ---------------------------------------------------------------
interface Node {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  value?: string;
  parentNode?: Node | null;
  content?: Node;
}
const attr = (el: Node, name: string) => el.attrs?.find((a) => a.name === name)?.value;
const has = (el: Node, name: string) => el.attrs?.some((a) => a.name === name) ?? false;
function all(root: Node, pred: (el: Node) => boolean, out: Node[] = []): Node[] {
  for (const child of root.childNodes ?? []) {
    if (child.tagName && pred(child)) out.push(child);
    all(child, pred, out);
  }
  return out;
}
const text = (el: Node): string => (el.nodeName === '#text' ? (el.value ?? '') : (el.childNodes ?? []).map(text).join(''));
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
function ancestors(el: Node): Node[] {
  const out: Node[] = [];
  for (let p = el.parentNode; p; p = p.parentNode) out.push(p);
  return out;
}
const doc = (dist: string, path: string) => parse(readFileSync(join(dist, path, 'index.html'), 'utf8')) as unknown as Node;
const formWithAction = (root: Node, action: string) => all(root, (el) => el.tagName === 'form' && attr(el, 'action') === action);

// --- Expectations from the contract and the dataset -------------------------------------------------
interface Expect {
  tag: 'input' | 'select' | 'textarea';
  type?: string;
  required?: boolean;
}
const ENTRY_EXPECT: Record<keyof typeof ENTRY_FIELDS, Expect> = {
  contest: { tag: 'input', type: 'hidden' },
  title: { tag: 'input', type: 'text', required: true },
  text: { tag: 'textarea' },
  file: { tag: 'input', type: 'file' },
  name: { tag: 'input', type: 'text', required: true },
  role: { tag: 'select', required: true },
  school: { tag: 'input', type: 'text' },
  province: { tag: 'select', required: true },
  birthYear: { tag: 'input', type: 'number', required: true },
  email: { tag: 'input', type: 'email' },
  phone: { tag: 'input', type: 'tel' },
  address: { tag: 'input', type: 'text' },
  representativeName: { tag: 'input', type: 'text' },
  representativeRelation: { tag: 'input', type: 'text' },
  representativeEmail: { tag: 'input', type: 'email' },
  representativePhone: { tag: 'input', type: 'tel' },
  consentProcessing: { tag: 'input', type: 'checkbox', required: true },
  consentPublish: { tag: 'input', type: 'checkbox' },
  consentChild: { tag: 'input', type: 'checkbox' },
  publishFields: { tag: 'input', type: 'checkbox' },
};
const NOMINATION_EXPECT: Record<keyof typeof NOMINATION_FIELDS, Expect> = {
  nomineeKind: { tag: 'select', required: true },
  nomineeName: { tag: 'input', type: 'text', required: true },
  nomineeRole: { tag: 'input', type: 'text' },
  nomineeUnit: { tag: 'input', type: 'text', required: true },
  nomineeProvince: { tag: 'select', required: true },
  nomineeBirthYear: { tag: 'input', type: 'number' },
  achievements: { tag: 'textarea', required: true },
  evidenceLinks: { tag: 'textarea' },
  evidenceFiles: { tag: 'input', type: 'file' },
  nominatorName: { tag: 'input', type: 'text', required: true },
  nominatorRelation: { tag: 'input', type: 'text' },
  email: { tag: 'input', type: 'email' },
  phone: { tag: 'input', type: 'tel' },
  consentProcessing: { tag: 'input', type: 'checkbox', required: true },
  consentNominee: { tag: 'input', type: 'checkbox' },
};
const COMMON_EXPECT: Record<keyof typeof COMMON_FIELDS, Expect> = {
  idempotencyKey: { tag: 'input', type: 'hidden' },
  ticket: { tag: 'input', type: 'hidden' },
  honeypot: { tag: 'input', type: 'text' },
  returnTo: { tag: 'input', type: 'hidden' },
};

const dataset = readNdjson(sampleDatasetDir);
const contest = dataset.find((d) => d._type === 'contest' && String(d.opensAt).startsWith('2025-02-28'))!;
const contestPath = `cuoc-thi/${slugOf(contest)}`;
const maxWords = (contest.limits as { maxWords: number }).maxWords;

let openDist = '';
let nowDist = '';
beforeAll(async () => {
  openDist = (await sampleBuildAt(OPEN_CLOCK)).outDir;
  nowDist = (await sampleBuild()).outDir;
});

/** Checks every field of `fields` in `form`: tag, type, required, a label, and no pre-ticked box. */
function checkFields(form: Node, fields: Record<string, string>, expected: Record<string, Expect>) {
  const controls = all(form, (el) => ['input', 'select', 'textarea'].includes(el.tagName!));
  for (const [key, name] of Object.entries(fields)) {
    const found = controls.filter((el) => attr(el, 'name') === name);
    const want = expected[key]!;
    expect(found.length, `trường ${name}`).toBeGreaterThan(0);
    for (const el of found) {
      expect(el.tagName, name).toBe(want.tag);
      if (want.type) expect(attr(el, 'type'), name).toBe(want.type);
      expect(has(el, 'required'), `${name} required`).toBe(want.required ?? false);
      if (attr(el, 'type') !== 'hidden') {
        const id = attr(el, 'id');
        expect(id, name).toBeTruthy();
        const labels = all(form, (l) => l.tagName === 'label' && attr(l, 'for') === id);
        expect(labels, `nhãn của ${name}`).toHaveLength(1);
        expect(squash(text(labels[0]!)).length).toBeGreaterThan(1);
        if (!['checkbox', 'file'].includes(attr(el, 'type') ?? '')) expect(attr(el, 'autocomplete'), `autocomplete của ${name}`).toBeTruthy();
      }
    }
  }
  // Silence is never consent: no box is ticked in advance.
  for (const box of controls.filter((el) => attr(el, 'type') === 'checkbox')) expect(has(box, 'checked'), attr(box, 'name')).toBe(false);
}

/** Nothing but the contract's fields is posted. */
function onlyContractFields(form: Node, fields: Record<string, string>) {
  const names = new Set([...Object.values(fields), ...Object.values(COMMON_FIELDS)]);
  for (const el of all(form, (e) => ['input', 'select', 'textarea'].includes(e.tagName!))) expect(names.has(attr(el, 'name') ?? ''), `trường lạ ${attr(el, 'name')}`).toBe(true);
}

function labelText(form: Node, name: string): string[] {
  return all(form, (el) => el.tagName === 'input' && attr(el, 'name') === name).map((el) => {
    const label = all(form, (l) => l.tagName === 'label' && attr(l, 'for') === attr(el, 'id'))[0]!;
    return squash(text(label));
  });
}

function checkHoneypot(form: Node) {
  const [trap] = all(form, (el) => attr(el, 'name') === COMMON_FIELDS.honeypot);
  expect(trap).toBeDefined();
  expect(attr(trap!, 'tabindex')).toBe('-1');
  expect(attr(trap!, 'autocomplete')).toBe('off');
  expect(attr(trap!, 'value') ?? '').toBe('');
  const wrapper = ancestors(trap!).find((a) => attr(a, 'aria-hidden') === 'true');
  expect(wrapper, 'honeypot trong vùng aria-hidden').toBeDefined();
  // Visually hidden by its class (forms.css), not by `hidden`/display:none that bots skip.
  expect(attr(wrapper!, 'class')).toBe('form-trap');
}

function options(form: Node, name: string): string[] {
  const [select] = all(form, (el) => el.tagName === 'select' && attr(el, 'name') === name);
  return all(select!, (el) => el.tagName === 'option').map((o) => attr(o, 'value') ?? '').filter(Boolean);
}

describe('contest entry form (contest taking entries)', () => {
  it('posts every field of the contract, multipart, to the intake, with Vietnamese labels', () => {
    const root = doc(openDist, contestPath);
    const forms = formWithAction(root, INTAKE_PATHS.entry);
    expect(forms).toHaveLength(1);
    const form = forms[0]!;
    expect(attr(form, 'method')).toBe('post');
    expect(attr(form, 'enctype')).toBe('multipart/form-data');
    checkFields(form, ENTRY_FIELDS, ENTRY_EXPECT);
    checkFields(form, COMMON_FIELDS, COMMON_EXPECT);
    onlyContractFields(form, ENTRY_FIELDS);
    const value = (name: string) => attr(all(form, (el) => attr(el, 'name') === name)[0]!, 'value');
    expect(value(ENTRY_FIELDS.contest)).toBe(contest._id);
    expect(value(COMMON_FIELDS.returnTo)).toBe(`/${contestPath}/`);
    expect(value(COMMON_FIELDS.idempotencyKey)).toBe('');
    expect(options(form, ENTRY_FIELDS.role)).toEqual(entrantRoles.map((r) => r.value));
    expect(options(form, ENTRY_FIELDS.province)).toEqual(provinces.map((p) => p.value));
    expect(options(form, ENTRY_FIELDS.province)).toHaveLength(34);
    const publish = all(form, (el) => attr(el, 'name') === ENTRY_FIELDS.publishFields).map((el) => attr(el, 'value'));
    expect(publish).toEqual(publishableFields.map((p) => p.value));
    // Input details: the birth year's range is sensible for the build year (2025), the file input
    // accepts the four kinds, the word limit of the dataset is shown.
    const [year] = all(form, (el) => attr(el, 'name') === ENTRY_FIELDS.birthYear);
    expect(Number(attr(year!, 'min'))).toBeLessThanOrEqual(1930);
    expect(Number(attr(year!, 'max'))).toBeGreaterThanOrEqual(2018);
    expect(Number(attr(year!, 'max'))).toBeLessThanOrEqual(2025);
    const [file] = all(form, (el) => attr(el, 'name') === ENTRY_FIELDS.file);
    expect(attr(file!, 'accept')!.split(',')).toEqual(expect.arrayContaining(['.docx', '.pdf', '.mp3', '.mp4', 'application/pdf']));
    expect(has(file!, 'multiple')).toBe(false);
    const formText = squash(text(form));
    expect(formText).toContain(`Tối đa ${new Intl.NumberFormat('vi-VN').format(maxWords)} chữ`);
    expect(formText).toContain('Tối đa 20 MB');
    for (const el of all(form, (e) => ['input', 'textarea'].includes(e.tagName!) && ['text', 'email', 'tel', undefined].includes(attr(e, 'type')) && attr(e, 'name') !== COMMON_FIELDS.honeypot)) {
      expect(Number(attr(el, 'maxlength')), `maxlength của ${attr(el, 'name')}`).toBeGreaterThan(0);
    }
  });

  it('shows the consent sentences word for word, never pre-ticked, and the representative fieldset without JavaScript', () => {
    const form = formWithAction(doc(openDist, contestPath), INTAKE_PATHS.entry)[0]!;
    expect(labelText(form, ENTRY_FIELDS.consentProcessing)).toEqual([CONSENT_WORDINGS['entry-processing'].text]);
    expect(labelText(form, ENTRY_FIELDS.consentPublish)).toEqual([CONSENT_WORDINGS['entry-publish'].text]);
    expect(labelText(form, ENTRY_FIELDS.consentChild)).toEqual([CONSENT_WORDINGS['entry-child-publish'].text]);
    const fieldset = all(form, (el) => el.tagName === 'fieldset' && squash(text(all(el, (l) => l.tagName === 'legend')[0] ?? { nodeName: 'x' })) === 'Người dự thi dưới 16 tuổi');
    expect(fieldset).toHaveLength(1);
    expect(has(fieldset[0]!, 'hidden') || has(fieldset[0]!, 'disabled')).toBe(false);
    const inside = new Set(all(fieldset[0]!, (el) => has(el, 'name')).map((el) => attr(el, 'name')));
    for (const name of [ENTRY_FIELDS.representativeName, ENTRY_FIELDS.representativeRelation, ENTRY_FIELDS.representativeEmail, ENTRY_FIELDS.representativePhone, ENTRY_FIELDS.consentChild]) expect(inside.has(name), name).toBe(true);
    expect(squash(text(fieldset[0]!))).toMatch(/chưa đủ 16 tuổi/);
    checkHoneypot(form);
    // The privacy notice: what, why, who, and withdrawal with the receipt code.
    expect(squash(text(form))).toMatch(/Thu thập:.*Mục đích:.*Ai được xem:.*Rút lại sự đồng ý:.*mã biên nhận/);
  });

  it('the closed 2025 contest shows no form and says entries are closed (build clock: now)', () => {
    // The dataset's deadline is in the past for the shared build (built today).
    expect(Date.parse(String(contest.closesAt))).toBeLessThan(Date.now());
    const root = doc(nowDist, contestPath);
    expect(formWithAction(root, INTAKE_PATHS.entry)).toHaveLength(0);
    const html = readFileSync(join(nowDist, contestPath, 'index.html'), 'utf8');
    expect(html).not.toContain(`name="${ENTRY_FIELDS.title}"`);
    const closes = new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', day: 'numeric', month: 'long', year: 'numeric' }).formatToParts(new Date(String(contest.closesAt)));
    const day = closes.find((p) => p.type === 'day')!.value;
    const section = all(root, (el) => el.tagName === 'section' && attr(el, 'aria-labelledby') === 'gui-bai')[0]!;
    expect(squash(text(section))).toMatch(new RegExp(`Gửi bài dự thi.*đã hết hạn nhận bài.*${day}.*2025`));
  });
});

describe('nomination page /de-cu/', () => {
  it('posts every nomination field, multipart, with several evidence files and the consent sentences', () => {
    const root = doc(nowDist, 'de-cu');
    const forms = formWithAction(root, INTAKE_PATHS.nomination);
    expect(forms).toHaveLength(1);
    const form = forms[0]!;
    expect(attr(form, 'method')).toBe('post');
    expect(attr(form, 'enctype')).toBe('multipart/form-data');
    checkFields(form, NOMINATION_FIELDS, NOMINATION_EXPECT);
    checkFields(form, COMMON_FIELDS, COMMON_EXPECT);
    onlyContractFields(form, NOMINATION_FIELDS);
    expect(has(all(form, (el) => attr(el, 'name') === NOMINATION_FIELDS.evidenceFiles)[0]!, 'multiple')).toBe(true);
    expect(options(form, NOMINATION_FIELDS.nomineeKind)).toEqual(nomineeKinds.map((k) => k.value));
    expect(options(form, NOMINATION_FIELDS.nomineeProvince)).toEqual(provinces.map((p) => p.value));
    expect(labelText(form, NOMINATION_FIELDS.consentProcessing)).toEqual([CONSENT_WORDINGS['nomination-processing'].text]);
    expect(labelText(form, NOMINATION_FIELDS.consentNominee)).toEqual([CONSENT_WORDINGS['nomination-nominee'].text]);
    checkHoneypot(form);
    expect(squash(text(root))).toContain('Đề cử gương điển hình');
  });

  it('is linked from every page’s footer and from the directory', () => {
    for (const dist of [nowDist]) {
      const directory = readFileSync(join(dist, 'guong-dien-hinh', 'index.html'), 'utf8');
      expect(directory).toContain('href="/de-cu/"');
      const home = doc(dist, '');
      const footer = all(home, (el) => el.tagName === 'footer')[0]!;
      expect(all(footer, (a) => a.tagName === 'a').map((a) => attr(a, 'href'))).toEqual(expect.arrayContaining(['/tham-gia/', '/de-cu/']));
      const hub = readFileSync(join(dist, 'tham-gia', 'index.html'), 'utf8');
      expect(hub).toContain('href="/de-cu/"');
    }
  });
});

describe('hub /tham-gia/', () => {
  it('has the status lookup form and lists the contest only while it takes entries', () => {
    for (const [dist, listed] of [[openDist, true], [nowDist, false]] as const) {
      const root = doc(dist, 'tham-gia');
      const [lookup] = formWithAction(root, INTAKE_PATHS.status);
      expect(attr(lookup!, 'method')).toBe('get');
      expect(all(lookup!, (el) => el.tagName === 'input').map((el) => attr(el, 'name'))).toEqual(['ma']);
      const section = all(root, (el) => el.tagName === 'section' && attr(el, 'aria-labelledby') === 'cuoc-thi-dang-mo')[0]!;
      const links = all(section, (a) => a.tagName === 'a').map((a) => attr(a, 'href'));
      expect(links.includes(`/${contestPath}/`), dist).toBe(listed);
    }
  });
});

describe('confirmation pages, sitemap, search, form actions', () => {
  it('confirmation pages are noindex, outside the sitemap and the search index; the others are in the sitemap', () => {
    const sitemap = readFileSync(join(nowDist, 'sitemap.xml'), 'utf8');
    for (const path of Object.values(CONFIRMATION_PAGES)) {
      const html = readFileSync(join(nowDist, path, 'index.html'), 'utf8');
      expect(html).toMatch(/<meta name="robots" content="noindex"/);
      expect(html).not.toContain('data-pagefind-body');
      expect(sitemap).not.toContain(path);
      // Without JavaScript: the server's receipt page (it reads the cookie).
      expect(html).toContain(`href="${INTAKE_PATHS.receipt}"`);
    }
    expect(sitemap).toContain('/tham-gia/</loc>');
    expect(sitemap).toContain('/de-cu/</loc>');
    // The search index's fragments (one per indexed page, with its URL): none is a confirmation page.
    const fragments = listFiles(join(nowDist, 'pagefind')).filter((f) => f.endsWith('.pf_fragment')).map((f) => fileText(f));
    expect(fragments.some((f) => f.includes(`/${contestPath}/`))).toBe(true);
    for (const path of Object.values(CONFIRMATION_PAGES)) expect(fragments.some((f) => f.includes(`"url":"${path}`)), path).toBe(false);
    // Nor does the contest's fragment carry the form where it is shown (the section is data-pagefind-ignore).
    const openFragments = listFiles(join(openDist, 'pagefind')).filter((f) => f.endsWith('.pf_fragment')).map((f) => fileText(f));
    const contestFragment = openFragments.find((f) => f.includes(`/${contestPath}/`))!;
    expect(contestFragment).toContain(String(contest.title).split('"')[1]);
    expect(contestFragment).not.toContain(CONSENT_WORDINGS['entry-processing'].text.slice(0, 40));
  });

  it('no form anywhere posts off the site; the CSP allows forms and requests to the site only', () => {
    for (const dist of [openDist, nowDist]) {
      for (const file of listFiles(dist).filter((f) => f.endsWith('.html'))) {
        const html = readFileSync(file, 'utf8');
        for (const m of html.matchAll(/<form\b[^>]*>/g)) {
          // No action = this page; otherwise a path on this site, never a scheme or another host.
          const action = /\saction="([^"]*)"/.exec(m[0])?.[1] ?? '';
          expect(action, file).not.toMatch(/^(?:[a-z][a-z0-9+.-]*:|\/\/|\\)/i);
        }
        if (/\/(tham-gia|de-cu)\//.test(file)) {
          const csp = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
          expect(csp).toContain("form-action 'self'");
          expect(csp).toContain("connect-src 'self'");
        }
      }
    }
  });
});
