// 公金受取口座 end to end against a running ./scripts/run.sh: the demo resident registers the account (the name read from
// the card goes next to the kana), finds it in わたしの情報 (category 15) and ホーム, then 千代田区 reads it for 児童手当
// with agency.payments, and the resident sees that read in やりとり履歴.
//   node scripts/demo/public-funds-account.mjs [--portal http://127.0.0.1:7071/api]
import { agencyToken, buildSigner, call, demoResident, ensurePublicFundsAccount, login, show, step } from './portal.mjs';

buildSigner();

step('カードでログイン: the demo card (PIN 1234)');
const resident = await login();

step('公金受取口座の登録: PUT /api/me/public-funds-account (みずほ 東京営業部 普通, the kana as the Zengin set writes it)');
await ensurePublicFundsAccount(resident);
const account = (await call('GET', '/me/public-funds-account', { token: resident, expect: [200] })).json;
console.log(`${account.bank.name} ${account.branch.name} ${account.accountTypeLabel ?? account.accountType} ****${account.accountNumber.slice(-3)}` +
  ` 名義 ${account.holderKana}（${account.valid ? '有効' : '無効'}）`);

step('わたしの情報 → 税・所得・口座 → 公金受取口座 (category 15, held by the portal itself: the number masked)');
const information = (await call('GET', '/me/information?category=public-funds-account', { token: resident, expect: [200] })).json;
show(information);

step('ホーム: GET /api/me/home (やること, the latest notices, applications in progress)');
const home = (await call('GET', '/me/home', { token: resident, expect: [200] })).json;
console.log(`やること: ${home.todo.length} — ${home.todo.map((t) => t.kind).join(', ') || 'なし'}`);
console.log(`お知らせ: 未読 ${home.notices?.unread ?? '?'}; 申請中: ${home.applications?.length ?? '?'}; 読めなかった部分: ${home.unavailable.join(', ') || 'なし'}`);

step('千代田区 (agency.payments): finds its ref for the resident, then reads the account for 児童手当の支給');
const asked = new Date().toISOString();
const agency = await agencyToken('agency.information agency.payments');
const ref = (await call('POST', '/agency/residents/lookup', { token: agency, body: demoResident, expect: [200] })).json.residentRef;
const paid = (await call('GET', `/agency/residents/${ref}/public-funds-account?purpose=child-allowance`, { token: agency, expect: [200] })).json;
console.log(`${paid.purposeName ?? paid.purpose}: ${paid.bank.name} ${paid.branch.name} ${paid.accountTypeLabel ?? paid.accountType} ****${paid.accountNumber.slice(-3)}`);
const refused = await call('GET', `/agency/residents/${ref}/public-funds-account?purpose=pension`, { token: agency, expect: [403] });
console.log(`年金 (not a municipality's payment): ${refused.status} ${refused.json.title}`);

step('やりとり履歴: the resident sees both reads (the one answered, the one refused)');
// The records reach the resident's history through the exchange outbox, a moment after the agency's answer.
let reads = [];
for (let i = 0; i < 50 && reads.length < 2; i++) {
  if (i > 0) await new Promise((r) => setTimeout(r, 200));
  reads = (await call('GET', '/me/exchanges', { token: resident, expect: [200] })).json.items
    .filter((x) => x.kind === 'payment-account-read' && x.at >= asked);
}
for (const e of reads) console.log(`${e.at} ${e.requester.name} ${e.purposeName} ${e.outcome}`);
