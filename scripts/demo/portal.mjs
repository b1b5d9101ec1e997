// What the demo journeys share against a running ./scripts/run.sh: calls to the portal, the real signer CLI with the
// demo card, the card login as the chatbot (a confidential client), the mail sink, and the demo agency's token.
import { spawnSync } from 'node:child_process';
import { createPrivateKey, randomUUID, sign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
export const portal = (args.includes('--portal') ? args[args.indexOf('--portal') + 1] : 'http://127.0.0.1:7071/api').replace(/\/$/, '');
export const local = join(root, '.local');
export const card = join(local, 'cards', 'hanako.card.json');
/** The two software cards run.sh issues: the demo resident and the demo proxy (代理人), each with its PINs and e-mail. */
export const cards = {
  hanako: { file: card, name: '山田 花子', dateOfBirth: '1990-04-01', authPin: '1234', signPin: 'ABC123', email: 'hanako@example.jp' },
  ichiro: { file: join(local, 'cards', 'ichiro.card.json'), name: '山田 一郎', dateOfBirth: '1985-11-03', authPin: '5678', signPin: 'DEF456', email: 'ichiro@example.jp' },
};
export const state = JSON.parse(readFileSync(join(local, 'stack.json'), 'utf8'));

export const step = (text) => console.log(`\n== ${text}`);

export async function call(method, path, { token, body, form, headers = {}, expect } = {}) {
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
export function signer(command, link, input, cardFile = card) {
  const result = spawnSync('dotnet', [join(root, 'mobile-signer/Signer.Cli/bin/Debug/net10.0/myna-signer.dll'), command, link, '--card', cardFile],
    { input, encoding: 'utf8', env: { ...process.env, MYNA_SIGNER_TRUSTED_PORTALS: new URL(link).origin } });
  process.stdout.write(result.stdout);
  if (result.status !== 0) throw new Error(`myna-signer ${command} exited ${result.status}: ${result.stderr}`);
}

/** A card signature: the code shown where it started, then both PINs of that card in one card session. */
export const signWith = (who, cardRequest) => signer('sign', cardRequest.signerLink, `${cardRequest.userCode}\n${who.authPin}\n${who.signPin}\n`, who.file);

// Playing the chatbot: a confidential client, so every call carries a fresh assertion signed with its key in .local/.
export const asChatbot = (form) => ({ ...form, ...clientAssertion('chatbot', join(local, 'chatbot')) });

/** カードでログイン with a demo card (device flow, as the chatbot), registering that person the first time. */
export async function login(who = cards.hanako) {
  const chatbot = asChatbot;
  // Like the chatbot, it names each person by an opaque handle, so the rate limits count each card on its own.
  const headers = { 'x-end-user': basename(who.file, '.card.json') };
  const device = (await call('POST', '/oauth/device_authorization', { form: chatbot({ scope: 'openid email portal' }), headers, expect: [200] })).json;
  // The code shown where the login started (here: this script) is typed into the signer before the PIN.
  signer('login', device.card_request_uri, `${device.user_code}\n${who.authPin}\n`, who.file);
  const token = async (form) => (await call('POST', '/oauth/token', { form, headers, expect: [200] })).json;
  let tokens = await token(chatbot({ grant_type: 'urn:ietf:params:oauth:grant-type:device_code', device_code: device.device_code }));
  const me = (await call('GET', '/me', { token: tokens.access_token, expect: [200] })).json;
  if (me.state !== 'registered') {
    step('利用者登録 (first time): the code comes from the mail sink');
    const email = who.email;
    const terms = (await call('GET', '/terms/current', { expect: [200] })).json;
    await call('POST', '/me/registration', { token: tokens.access_token, body: { email, notificationsEnabled: true, termsVersion: terms.version }, expect: [202] });
    const code = await mailCode(email, /確認コード: (\d{6})/);
    await call('POST', '/me/registration/confirm', { token: tokens.access_token, body: { code }, expect: [200] });
    tokens = await token(chatbot({ grant_type: 'refresh_token', refresh_token: tokens.refresh_token }));
  }
  return tokens.access_token;
}

export async function mailCode(to, pattern) {
  for (let i = 0; i < 100; i++) {
    const mails = await (await fetch(new URL('api/email', state.smtp.webUrl))).json();
    const found = mails.reverse().find((m) => m.to.some((r) => r.address === to) && pattern.test(m.text));
    if (found) return pattern.exec(found.text)[1];
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no mail to ${to}`);
}

/** private_key_jwt (RFC 7523) for one call: signed with the key portal-operator made in `keys`. */
export function clientAssertion(clientId, keys) {
  const kid = JSON.parse(readFileSync(join(keys, 'public.jwk'), 'utf8')).kid;
  const b64 = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  // aud is the issuer as one string (FAPI 2.0); the token endpoint's URL is refused. iat is checked too.
  const input = `${b64({ alg: 'ES256', typ: 'JWT', kid })}.${b64({ iss: clientId, sub: clientId, aud: portal, jti: randomUUID(), iat: now, exp: now + 60 })}`;
  const signature = sign('sha256', Buffer.from(input), { key: createPrivateKey(readFileSync(join(keys, 'private.pem'))), dsaEncoding: 'ieee-p1363' });
  return { client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer', client_assertion: `${input}.${signature.toString('base64url')}` };
}

/** The bodies run.sh registers, each with its key pair in .local/agencies/ (private_key_jwt). */
export const agencies = {
  chiyoda: { id: 'lg-131016-chiyoda', name: '千代田区', keys: join(local, 'agencies', 'chiyoda') },
  kyoukaikenpoTokyo: { id: 'insurer-01130012-tokyo', name: '全国健康保険協会 東京支部', keys: join(local, 'agencies', 'kyoukaikenpo-tokyo') },
};

/** The basic 4 items run.sh issues the demo card with: what the bodies' own registers say about the demo resident. */
export const demoResident = { name: '山田 花子', address: '東京都千代田区霞が関2-1-2', dateOfBirth: '1990-04-01', sex: '2' };

/** An agency token: client credentials with private_key_jwt, the assertion signed with the body's key (default 千代田区). */
export async function agencyToken(scope = 'agency.procedures agency.applications', agency = agencies.chiyoda) {
  const tokens = (await call('POST', '/oauth/token', {
    form: { grant_type: 'client_credentials', client_id: agency.id, scope, ...clientAssertion(agency.id, agency.keys) },
    expect: [200],
  })).json;
  return tokens.access_token;
}

/** The signer CLI, built once (the journeys run it as a resident would). */
export function buildSigner() {
  console.log('Building the signer CLI...');
  if (spawnSync('dotnet', ['build', join(root, 'mobile-signer/Signer.Cli'), '--nologo', '-v', 'quiet', '-clp:ErrorsOnly'], { stdio: 'inherit' }).status !== 0) {
    throw new Error('the signer CLI does not build');
  }
}

/** 券面事項入力補助: the signer reads name, address, birth date and sex from the demo card into the profile. */
export async function readCardIntoProfile(resident, who = cards.hanako) {
  const reading = (await call('POST', '/me/profile/card-reading', { token: resident, expect: [202] })).json;
  signer('prefill', reading.signerLink, `${reading.userCode}\ny\n${who.authPin}\n`, who.file);
  return (await call('POST', `/me/profile/card-reading/${reading.cardRequestId}`, { token: resident, expect: [200] })).json;
}

export const show = (value) => console.log(JSON.stringify(value, null, 2));

/** The demo 公金受取口座 each demo card's person registers (みずほ 東京営業部 普通): the holder kana as the Zengin set writes it. */
export const demoAccounts = {
  hanako: { bankCode: '0001', branchCode: '001', accountType: 'ordinary', accountNumber: '1234567', holderKana: 'ヤマダ ハナコ' },
  ichiro: { bankCode: '0005', branchCode: '001', accountType: 'ordinary', accountNumber: '7654321', holderKana: 'ヤマダ イチロウ' },
};

/**
 * 公金受取口座: registers the demo account unless one is registered. Registering needs the name read from the card, so a
 * resident without a card profile reads it first (券面事項入力補助).
 */
export async function ensurePublicFundsAccount(resident, who = cards.hanako, account = demoAccounts.hanako) {
  const found = await call('GET', '/me/public-funds-account', { token: resident, expect: [200, 404] });
  if (found.status === 200) return found.json;
  const put = () => call('PUT', '/me/public-funds-account', { token: resident, body: account, expect: [200, 201, 409] });
  let answer = await put();
  if (answer.status === 409) {
    await readCardIntoProfile(resident, who);
    answer = await put();
  }
  if (answer.status === 409) throw new Error(`PUT /me/public-funds-account: 409 ${JSON.stringify(answer.json)}`);
  return answer.json;
}
