#!/usr/bin/env node
// マイナ保険証 against a running ./scripts/run.sh: 山田 花子 (the demo resident) registers her card for health insurance
// use (利用登録: 201 the first time, 200 after), and sees the qualification her insurer provided (番号 masked); then the
// demo clinic (霞が関クリニック, registered by run.sh) starts an オンライン資格確認, 花子 completes it at the "reader" with
// her own card, answering 「薬剤情報・特定健診情報の提供に同意する」 (y; pass --no-consent to answer no), and the clinic
// reads her qualification (and with consent her 診療・薬剤 and 特定健診). Her やりとり履歴 shows the clinic's check.
//
// Run it after run.sh has seeded わたしの情報 (it says so), or there is no qualification to find.
//
//   node scripts/demo/clinic-check.mjs [--portal http://127.0.0.1:7071/api] [--no-consent]
import { join } from 'node:path';
import { agencyToken, buildSigner, call, cards, local, login, show, signer, step } from './portal.mjs';

const { hanako } = cards;
const consent = !process.argv.includes('--no-consent');
const clinic = { id: 'clinic-1310000001-kasumigaseki', name: '霞が関クリニック', keys: join(local, 'clinics', 'kasumigaseki') };

buildSigner();
step(`カードでログイン: ${hanako.name}`);
const token = await login(hanako);

step('利用登録: POST /me/health-insurance/registration');
const registered = await call('POST', '/me/health-insurance/registration', { token, expect: [200, 201] });
console.log(registered.status === 201 ? '利用登録しました。' : '利用登録済みです。');
step('GET /me/health-insurance (被保険者番号はマスク表示)');
show((await call('GET', '/me/health-insurance', { token, expect: [200] })).json);

step(`${clinic.name}: client_credentials (private_key_jwt), scope clinic.eligibility`);
const clinicToken = await agencyToken('clinic.eligibility', clinic);
const started = (await call('POST', '/clinic/eligibility-checks', { token: clinicToken, expect: [201] })).json;
show(started);

step(`受付のカードリーダーで: ${hanako.name} のカード、同意 ${consent ? 'する (y)' : 'しない (Enter)'}、暗証番号`);
signer('sign', started.cardRequest.signerLink,
  `${started.cardRequest.userCode}\n${consent ? 'y' : ''}\n${hanako.authPin}\n${hanako.signPin}\n`, hanako.file);

step(`${clinic.name}: GET /clinic/eligibility-checks/{id}`);
show((await call('GET', `/clinic/eligibility-checks/${started.id}`, { token: clinicToken, expect: [200] })).json);

step(`${hanako.name} のやりとり履歴 (記録は非同期: 数秒後に表示されます)`);
await new Promise((resolve) => setTimeout(resolve, 3000));
const exchanges = (await call('GET', '/me/exchanges', { token, expect: [200] })).json;
show(exchanges.items.filter((e) => e.kind === 'eligibility-check').slice(0, 1));
