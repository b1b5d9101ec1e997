#!/usr/bin/env node
// わたしの情報 and やりとり履歴 for the demo resident against a running ./scripts/run.sh, through the agencies' API:
// 千代田区 registers 税・所得 (two 年度), 世帯情報 and one withheld (不開示) 世帯情報 record, then makes one allowed
// 情報照会 (税・所得 for 児童手当の認定). Afterwards, in the web chat: わたしの情報 → 税・所得・口座 → 税・所得 → 今日, and
// やりとり履歴 → 過去1年間.
//
// An agency knows a resident only by its own residentRef, which it receives with an application (the lookup by the
// basic 4 items is not there yet): when 千代田区 has none from the demo resident, application-journey.mjs runs first.
// Running it again puts the same records (a PUT of the same record is a new version) and records one more exchange.
//
//   node scripts/demo/information-seed.mjs [--portal http://127.0.0.1:7071/api]
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { agencyToken, call, root, show, step } from './portal.mjs';

step('The agency (千代田区): its token with agency.information, and the demo resident as it knows them');
let agency;
try {
  agency = await agencyToken('agency.applications agency.information');
} catch (e) {
  console.error('The demo agency has no agency.information scope: its registration in .local/ is older than わたしの情報. '
    + 'Stop run.sh, remove .local/ and start it again.');
  throw e;
}
const applicants = async () => (await call('GET', '/agency/applications', { token: agency, expect: [200] })).json.items
  .map((i) => i.residentRef).filter(Boolean);
let refs = await applicants();
if (refs.length === 0) {
  step('No application from the demo resident yet: application-journey.mjs first (card login, submit, sign)');
  const journey = spawnSync(process.execPath, [join(root, 'scripts/demo/application-journey.mjs'), ...process.argv.slice(2)], { stdio: 'inherit' });
  if (journey.status !== 0) throw new Error(`application-journey.mjs exited ${journey.status}`);
  refs = await applicants();
}
// The demo has one resident (the demo card): every application 千代田区 received is theirs.
const residentRef = refs[0];
console.log(`residentRef at 千代田区: ${residentRef}`);

const year = new Date().getFullYear();
const records = [
  ['tax-income', `tax-${year - 1}`, { validFrom: `${year - 1}-06-01`, data: { fiscalYear: year - 1, totalIncome: 4_200_000, taxableIncome: 2_950_000, municipalIncomeTax: 171_000, prefecturalIncomeTax: 114_000, dependents: 1 } }],
  ['tax-income', `tax-${year}`, { validFrom: `${year}-06-01`, data: { fiscalYear: year, totalIncome: 4_350_000, taxableIncome: 3_080_000, municipalIncomeTax: 178_800, prefecturalIncomeTax: 119_200, dependents: 1 } }],
  ['household', 'household-current', { validFrom: `${year - 1}-04-01`, data: { householdHead: '山田 花子', relationship: '本人', members: [{ name: '山田 花子', relationship: '本人' }, { name: '山田 一郎', relationship: '子', dateOfBirth: '2025-05-20' }] } }],
  // 不開示: 千代田区 holds something it may not disclose (e.g. under DV protection); the resident sees only that it exists.
  ['household', 'household-protected', { validFrom: `${year - 1}-04-01`, withheld: true }],
];
step('Records (副本): PUT /api/agency/information/{residentRef}/{category}/{recordId}');
for (const [category, recordId, body] of records) {
  const put = await call('PUT', `/agency/information/${residentRef}/${category}/${recordId}`, { token: agency, body, expect: [200, 201] });
  console.log(`${put.status} ${category}/${recordId}${body.withheld ? ' (不開示)' : ''}`);
}

step('情報照会: 千代田区 asks for 税・所得 for 児童手当の認定 (an allowed purpose; its own records are not exchanged)');
const answer = (await call('POST', '/agency/exchanges', {
  token: agency, body: { residentRef, category: 'tax-income', purpose: 'child-allowance-eligibility' }, expect: [200],
})).json;
show({ purposeName: answer.purposeName, asOf: answer.asOf, providers: answer.providers.length });

step('The agency\'s own exchange log (§23: both sides keep records)');
const log = (await call('GET', '/agency/exchanges?limit=5', { token: agency, expect: [200] })).json;
show(log.items.map((e) => ({ at: e.at, side: e.side, kind: e.kind, category: e.category, purpose: e.purpose, outcome: e.outcome })));
console.log('\nIn the web chat (logged in with the demo card): わたしの情報 → 税・所得・口座 → 税・所得 → 今日, and やりとり履歴 → 過去1年間.');
