#!/usr/bin/env node
// The e-application flow against a running ./scripts/run.sh, as a resident and the demo agency would do it:
// card login (device flow) → registration (first time) → draft → prefill from the card → attachment → submit →
// sign with the card → receipt number → the agency lists, fetches and verifies, and changes the status → the
// resident sees the history. The card is the demo software card; the signer CLI is the real one.
//
//   node scripts/demo/application-journey.mjs [--portal http://127.0.0.1:7071/api]
import { spawnSync } from 'node:child_process';
import { createHash, createPrivateKey, randomUUID, sign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const portal = (args.includes('--portal') ? args[args.indexOf('--portal') + 1] : 'http://127.0.0.1:7071/api').replace(/\/$/, '');
const local = join(root, '.local');
const card = join(local, 'cards', 'hanako.card.json');
const state = JSON.parse(readFileSync(join(local, 'stack.json'), 'utf8'));
const lg = '131016'; // 千代田区, the demo agency's body
const procedure = 'child-allowance-certification';

const step = (text) => console.log(`\n== ${text}`);

async function call(method, path, { token, body, form, headers = {}, expect } = {}) {
  const init = { method, headers: { ...headers } };
  if (token) init.headers.authorization = `Bearer ${token}`;
  if (form) {
    init.body = new URLSearchParams(form);
  } else if (body instanceof Uint8Array) {
    init.body = body;
  } else if (body !== undefined) {
    init.headers['content-type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  const response = await fetch(path.startsWith('http') ? path : `${portal}${path}`, init);
  const text = await response.text();
  const json = text && response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text;
  if (expect && !expect.includes(response.status)) {
    throw new Error(`${method} ${path}: ${response.status} ${text}`);
  }
  return { status: response.status, headers: response.headers, json };
}

// The signer trusts only the portals it is configured with: here, this run's origin.
function signer(command, link, input) {
  const result = spawnSync('dotnet', [join(root, 'mobile-signer/Signer.Cli/bin/Debug/net10.0/myna-signer.dll'), command, link, '--card', card],
    { input, encoding: 'utf8', env: { ...process.env, MYNA_SIGNER_TRUSTED_PORTALS: new URL(link).origin } });
  process.stdout.write(result.stdout);
  if (result.status !== 0) throw new Error(`myna-signer ${command} exited ${result.status}: ${result.stderr}`);
}

async function login() {
  // Playing the chatbot: a confidential client, so every call carries a fresh assertion signed with its key in .local/.
  const chatbot = (form) => ({ ...form, ...clientAssertion('chatbot', join(local, 'chatbot')) });
  const device = (await call('POST', '/oauth/device_authorization', { form: chatbot({ scope: 'openid email portal' }), expect: [200] })).json;
  // The code shown where the login started (here: this script) is typed into the signer before the PIN.
  signer('login', device.card_request_uri, `${device.user_code}\n1234\n`);
  const token = async (form) => (await call('POST', '/oauth/token', { form, expect: [200] })).json;
  let tokens = await token(chatbot({ grant_type: 'urn:ietf:params:oauth:grant-type:device_code', device_code: device.device_code }));
  const me = (await call('GET', '/me', { token: tokens.access_token, expect: [200] })).json;
  if (me.state !== 'registered') {
    step('利用者登録 (first time): the code comes from the mail sink');
    const email = 'hanako@example.jp';
    const terms = (await call('GET', '/terms/current', { expect: [200] })).json;
    await call('POST', '/me/registration', { token: tokens.access_token, body: { email, notificationsEnabled: true, termsVersion: terms.version }, expect: [202] });
    const code = await mailCode(email, /確認コード: (\d{6})/);
    await call('POST', '/me/registration/confirm', { token: tokens.access_token, body: { code }, expect: [200] });
    tokens = await token(chatbot({ grant_type: 'refresh_token', refresh_token: tokens.refresh_token }));
  }
  return tokens.access_token;
}

async function mailCode(to, pattern) {
  for (let i = 0; i < 100; i++) {
    const mails = await (await fetch(new URL('api/email', state.smtp.webUrl))).json();
    const found = mails.reverse().find((m) => m.to.some((r) => r.address === to) && pattern.test(m.text));
    if (found) return pattern.exec(found.text)[1];
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no mail to ${to}`);
}

/** private_key_jwt (RFC 7523) for one call: signed with the key portal-operator made in `keys`. */
function clientAssertion(clientId, keys) {
  const kid = JSON.parse(readFileSync(join(keys, 'public.jwk'), 'utf8')).kid;
  const b64 = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  // aud is the issuer as one string (FAPI 2.0); the token endpoint's URL is refused. iat is checked too.
  const input = `${b64({ alg: 'ES256', typ: 'JWT', kid })}.${b64({ iss: clientId, sub: clientId, aud: portal, jti: randomUUID(), iat: now, exp: now + 60 })}`;
  const signature = sign('sha256', Buffer.from(input), { key: createPrivateKey(readFileSync(join(keys, 'private.pem'))), dsaEncoding: 'ieee-p1363' });
  return { client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer', client_assertion: `${input}.${signature.toString('base64url')}` };
}

/** An agency token: client credentials with private_key_jwt, the assertion signed with the demo agency's key. */
async function agencyToken() {
  const tokens = (await call('POST', '/oauth/token', {
    form: {
      grant_type: 'client_credentials', client_id: 'lg-131016-chiyoda', scope: 'agency.procedures agency.applications',
      ...clientAssertion('lg-131016-chiyoda', join(local, 'agencies', 'chiyoda')),
    },
    expect: [200],
  })).json;
  return tokens.access_token;
}

const show = (value) => console.log(JSON.stringify(value, null, 2));

console.log('Building the signer CLI...');
if (spawnSync('dotnet', ['build', join(root, 'mobile-signer/Signer.Cli'), '--nologo', '-v', 'quiet', '-clp:ErrorsOnly'], { stdio: 'inherit' }).status !== 0) {
  throw new Error('the signer CLI does not build');
}

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
const reading = (await call('POST', '/me/profile/card-reading', { token: resident, expect: [202] })).json;
signer('prefill', reading.signerLink, `${reading.userCode}\ny\n1234\n`);
await call('POST', `/me/profile/card-reading/${reading.cardRequestId}`, { token: resident, expect: [200] });
const prefilled = (await call('POST', `/me/drafts/${draft.id}/prefill`, { token: resident, expect: [200] })).json;
console.log(`filled from the card: ${prefilled.filled.join(', ')}`);

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
