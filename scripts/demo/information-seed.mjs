#!/usr/bin/env node
// わたしの情報 and やりとり履歴 for the demo resident against a running ./scripts/run.sh, through the agencies' API.
// run.sh runs it by itself when both hosts answer, until it has succeeded once (it writes .local/information-seeded,
// so a restart does not add exchanges again); run it by hand to retry or to seed again.
//
// The demo resident logs in with the demo card and allows 本人確認情報の照会 (their own choice, made here for the demo);
// each body then finds them by the basic 4 items (POST /agency/residents/lookup) — no application needed:
// - 千代田区 registers 税・所得 (two 年度), 世帯情報 and one withheld (不開示) 世帯情報 record, and asks for 税・所得 for
//   児童手当の認定 (allowed; its own records are not exchanged, so nobody provides anything);
// - 全国健康保険協会 東京支部 (an insurer) registers 健康保険証 (資格) and two months of 医療費, and asks for 税・所得 for
//   高額療養費の支給 (allowed; 千代田区 provides), so やりとり履歴 shows two bodies.
// Afterwards, in the web chat: わたしの情報 → 健康・医療 → 健康保険証 (or 医療費) → 今日, わたしの情報 → 税・所得・口座 →
// 税・所得 → 今日, and やりとり履歴 → 過去1年間.
//
// Safe to run again: the same records again write nothing (the same content is no new version); each run records its
// lookups and exchanges once more, as real ones would be.
//
//   node scripts/demo/information-seed.mjs [--portal http://127.0.0.1:7071/api]
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { agencies, agencyToken, buildSigner, call, demoResident, local, login, readCardIntoProfile, show, step } from './portal.mjs';

buildSigner();

step('カードでログイン: the demo resident, device flow, the signer answers with the demo card (PIN 1234)');
const resident = await login();
const consent = (await call('GET', '/me/profile/lookup-consent', { token: resident, expect: [200] })).json;
if (!consent.hasProfile) {
  step('券面事項入力補助: the profile a lookup matches is read from the card (consent, PIN 1234)');
  await readCardIntoProfile(resident);
}
step('本人確認情報の照会を許可する: the resident\'s own choice (profile screen or chat), made here for the demo');
const allowed = (await call('PUT', '/me/profile/lookup-consent', { token: resident, body: { allowed: true }, expect: [200] })).json;
show(allowed);

const year = new Date().getFullYear();
// 医療費 of the month before last and the one before that: a claim is known the month after the treatment.
const month = (back) => {
  const d = new Date();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - back);
  return d.toISOString().slice(0, 7);
};
const medical = (back, data) => [`medical-${month(back)}`, { validFrom: `${month(back - 1)}-01`, data: { treatedIn: month(back), ...data } }];
const bodies = [
  {
    agency: agencies.chiyoda,
    records: [
      ['tax-income', `tax-${year - 1}`, { validFrom: `${year - 1}-06-01`, data: { fiscalYear: year - 1, totalIncome: 4_200_000, taxableIncome: 2_950_000, municipalIncomeTax: 171_000, prefecturalIncomeTax: 114_000, dependents: 1 } }],
      ['tax-income', `tax-${year}`, { validFrom: `${year}-06-01`, data: { fiscalYear: year, totalIncome: 4_350_000, taxableIncome: 3_080_000, municipalIncomeTax: 178_800, prefecturalIncomeTax: 119_200, dependents: 1 } }],
      ['household', 'household-current', { validFrom: `${year - 1}-04-01`, data: { householdHead: '山田 花子', relationship: '本人', members: [{ name: '山田 花子', relationship: '本人' }, { name: '山田 一郎', relationship: '子', dateOfBirth: '2025-05-20' }] } }],
      // 不開示: 千代田区 holds something it may not disclose (e.g. under DV protection); the resident sees only that it exists.
      ['household', 'household-protected', { validFrom: `${year - 1}-04-01`, withheld: true }],
    ],
    exchange: { category: 'tax-income', purpose: 'child-allowance-eligibility' },
  },
  {
    agency: agencies.kyoukaikenpoTokyo,
    records: [
      // The 被保険者番号 is shown masked to the resident (its last two characters only).
      ['health-insurance-card', 'qualification', { validFrom: '2022-04-01', data: { insurerName: '全国健康保険協会 東京支部', insurerNumber: '01130012', symbol: '5012345', insuredNumber: '1234', branchNumber: '00', status: '有効', qualifiedOn: '2022-04-01' } }],
      ['medical-expenses', ...medical(3, { medicalInstitution: '霞が関内科クリニック', days: 2, totalCost: 12_480, selfPaid: 3_740 })],
      ['medical-expenses', ...medical(2, { medicalInstitution: '千代田薬局', days: 1, totalCost: 3_260, selfPaid: 980 })],
    ],
    exchange: { category: 'tax-income', purpose: 'high-cost-medical-care' },
  },
];

const started = new Date();
for (const body of bodies) {
  step(`${body.agency.name}: its token (agency.information), then the demo resident by the basic 4 items`);
  let agency;
  try {
    agency = await agencyToken('agency.information', body.agency);
  } catch (e) {
    console.error(`${body.agency.id} is not registered with agency.information in .local/ (older than わたしの情報): `
      + 'stop run.sh, remove .local/ and start it again.');
    throw e;
  }
  body.token = agency;
  body.residentRef = (await call('POST', '/agency/residents/lookup', { token: agency, body: demoResident, expect: [200] })).json.residentRef;
  console.log(`residentRef at ${body.agency.name}: ${body.residentRef}`);

  step(`${body.agency.name}: records (副本), PUT /api/agency/information/{residentRef}/{category}/{recordId}`);
  for (const [category, recordId, record] of body.records) {
    const put = await call('PUT', `/agency/information/${body.residentRef}/${category}/${recordId}`, { token: agency, body: record, expect: [200, 201] });
    console.log(`${put.status} ${category}/${recordId}${record.withheld ? ' (不開示)' : ''}`);
  }
}

// After every body's records, so that the insurer's 照会 finds 千代田区's 税・所得.
for (const body of bodies) {
  step(`情報照会: ${body.agency.name} asks for ${body.exchange.category} for ${body.exchange.purpose} (an allowed purpose)`);
  const answer = (await call('POST', '/agency/exchanges', {
    token: body.token, body: { residentRef: body.residentRef, ...body.exchange }, expect: [200],
  })).json;
  show({ purposeName: answer.purposeName, asOf: answer.asOf, providers: answer.providers.map((p) => `${p.provider.name}: ${p.records.length} records`) });
}

step('What the demo resident sees: やりとり履歴 (written through the outbox, so shortly after) and わたしの情報 today');
const expected = bodies.length * 2; // a lookup and an exchange per body
let mine = [];
for (let i = 0; i < 60 && mine.length < expected; i++) {
  if (i > 0) await new Promise((r) => setTimeout(r, 500));
  mine = (await call('GET', '/me/exchanges?pageSize=50', { token: resident, expect: [200] })).json.items.filter((e) => new Date(e.at) >= started);
}
if (mine.length < expected) throw new Error(`やりとり履歴 shows ${mine.length} of this run's ${expected} records after 30 s`);
show(mine.map((e) => ({ at: e.at, kind: e.kind, requester: e.requester.name, provider: e.provider?.name ?? null, category: e.category, purpose: e.purpose, outcome: e.outcome })));
const today = (await call('GET', '/me/information', { token: resident, expect: [200] })).json;
show(today.periods.flatMap((p) => p.categories.flatMap((c) => c.providers.map((v) => `${c.name}: ${v.name} ${v.records.length}件`))));
// run.sh seeds only while this is absent: a seed retried by hand counts too.
writeFileSync(join(local, 'information-seeded'), `${new Date().toISOString()}\n`);
console.log('\nIn the web chat (logged in with the demo card): わたしの情報 → 健康・医療 → 健康保険証 → 今日, '
  + 'わたしの情報 → 税・所得・口座 → 税・所得 → 今日, and やりとり履歴 → 過去1年間.');
