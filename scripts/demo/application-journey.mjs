#!/usr/bin/env node
// The e-application flow against a running ./scripts/run.sh, as a resident and the demo agency would do it:
// card login (device flow) → registration (first time) → draft → prefill from the card → attachment → submit →
// sign with the card → receipt number → the agency lists, fetches and verifies, and changes the status → the
// resident sees the history. The card is the demo software card; the signer CLI is the real one.
//
//   node scripts/demo/application-journey.mjs [--portal http://127.0.0.1:7071/api]
import { createHash, randomUUID } from 'node:crypto';
import { agencyToken, buildSigner, call, ensurePublicFundsAccount, login, portal, readCardIntoProfile, show, signer, state, step } from './portal.mjs';

const lg = '131016'; // 千代田区, the demo agency's body
const procedure = 'child-allowance-certification';

buildSigner();

step('The agency (千代田区) offers 児童手当の認定請求 online (its own token, private_key_jwt)');
const agency = await agencyToken();
await call('PUT', `/agency/offerings/${procedure}`, {
  token: agency, expect: [200],
  body: { methods: ['online', 'counter'], pageUrl: 'https://www.city.chiyoda.lg.jp/', contact: '子ども支援課 03-3264-2111', note: null },
});
for (let i = 0; ; i++) {
  // さがす picks the change up from the change feed within Catalog:RefreshInterval (5 s).
  const offered = (await call('GET', `/procedures/${procedure}?lg=${lg}`, { expect: [200] })).json;
  if (offered.offering?.online) break;
  if (i > 60) throw new Error('the online offering did not appear');
  await new Promise((r) => setTimeout(r, 500));
}
console.log('offered online');

step('カードでログイン: device flow, the signer answers with the demo card (PIN 1234)');
const resident = await login();

step('一時保存: a draft of 児童手当の認定請求 for 千代田区');
const draft = (await call('POST', '/me/drafts', { token: resident, body: { procedureId: procedure, localGovernmentCode: lg }, expect: [201] })).json;
console.log(`draft ${draft.id}`);

step('券面事項入力補助: the signer reads name, address, birth date and sex from the card (consent, PIN 1234)');
await readCardIntoProfile(resident);
const prefilled = (await call('POST', `/me/drafts/${draft.id}/prefill`, { token: resident, expect: [200] })).json;
console.log(`filled from the card: ${prefilled.filled.join(', ')}`);

step('公金受取口座: registered once (the form\'s 「公金受取口座を利用する」 needs it; the agency reads it itself)');
const account = await ensurePublicFundsAccount(resident);
console.log(`${account.bank.name} ${account.branch.name} ****${account.accountNumber.slice(-3)}`);

step('The rest of the answers (one JSON merge patch) and a file');
await call('PATCH', `/me/drafts/${draft.id}`, {
  token: resident, headers: { 'content-type': 'application/merge-patch+json' }, expect: [200],
  body: new TextEncoder().encode(JSON.stringify({
    applicant: { kana: 'ヤマダ ハナコ', postalCode: '100-0013', phone: '03-1234-5678', occupation: 'employee', pension: 'employees' },
    hasSpouse: false,
    children: [{ name: '山田 一郎', kana: 'ヤマダ イチロウ', birthDate: '2025-05-20', relationship: 'child', livesTogether: true }],
    usePublicFundsAccount: true,
  })),
});
const pdf = new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
await call('POST', `/me/drafts/${draft.id}/attachments?name=${encodeURIComponent('健康保険証.pdf')}`, {
  token: resident, headers: { 'content-type': 'application/octet-stream' }, body: pdf, expect: [201],
});

step('電子申請: submit, then the signer answers with both keys in one card session (code, PIN 1234, PIN ABC123)');
const key = randomUUID();
const submit = () => call('POST', '/me/applications', {
  token: resident, headers: { 'idempotency-key': key }, body: { draftId: draft.id, notifyByEmail: true }, expect: [201, 202],
});
const pending = (await submit()).json;
signer('sign', pending.cardRequest.signerLink, `${pending.cardRequest.userCode}\n1234\nABC123\n`);
const submitted = (await call('GET', `/me/submissions/${pending.submissionId}`, { token: resident, expect: [200] })).json;
console.log(`受付番号 ${submitted.receiptNumber} (${submitted.status})`);
const again = (await submit()).json;
console.log(`the same Idempotency-Key again: ${again.receiptNumber}`);

step('The agency (千代田区): the list, the application with its CMS, the file');
const arrived = (await call('GET', '/agency/applications?status=arrived', { token: agency, expect: [200] })).json;
console.log(`arrived: ${arrived.items.map((i) => i.receiptNumber).join(', ')}`);
const fetched = (await call('GET', `/agency/applications/${submitted.receiptNumber}`, { token: agency, expect: [200] })).json;
const digest = createHash('sha256').update(Buffer.from(fetched.current.document, 'base64')).digest('hex');
console.log(`document SHA-256 ${digest} (${digest === fetched.current.documentSha256 ? 'matches' : 'DOES NOT MATCH'})`);
console.log(`signed by a certificate of ${fetched.current.signer?.issuer}; checked against CRL #${fetched.current.evidence?.crlNumber}`);
console.log('verify it yourself: save current.document and current.cms, then');
console.log('  openssl cms -verify -binary -inform DER -in app.cms -content app.json -CAfile <signing CA> -purpose any');
const file = await fetch(`${portal.replace(/\/api$/, '')}${fetched.current.attachments[0].href}`, { headers: { authorization: `Bearer ${agency}` } });
console.log(`file ${fetched.current.attachments[0].name}: ${(await file.arrayBuffer()).byteLength} bytes`);

step('受付 → 審査中 → 完了');
for (const [status, comment] of [['accepted', '受け付けました。'], ['under-review', '審査を始めました。'], ['completed', '認定しました。']]) {
  await call('POST', `/agency/applications/${submitted.receiptNumber}/status`, { token: agency, body: { status, comment }, expect: [200] });
}

step('The resident sees it');
const seen = (await call('GET', `/me/applications/${submitted.receiptNumber}`, { token: resident, expect: [200] })).json;
show({ receiptNumber: seen.receiptNumber, procedure: seen.procedureName, status: seen.status, history: seen.history });
console.log(`\nThe e-mails are in the mail sink: ${state.smtp.webUrl}`);
