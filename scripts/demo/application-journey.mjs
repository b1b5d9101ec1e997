#!/usr/bin/env node
// The e-application flow against a running ./scripts/run.sh, as a resident and the demo agency would do it:
// card login (device flow) → registration (first time) → draft → prefill from the card → attachment → submit →
// sign with the card → receipt number → the agency lists, fetches and verifies, and changes the status → the
// resident sees the history. The card is the demo software card; the signer CLI is the real one.
//
//   node scripts/demo/application-journey.mjs [--portal http://127.0.0.1:7071/api]
import { spawnSync } from 'node:child_process';
import { createPrivateKey, createVerify, randomUUID, sign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const portal = (args[args.indexOf('--portal') + 1] && args.includes('--portal') ? args[args.indexOf('--portal') + 1] : 'http://127.0.0.1:7071/api').replace(/\/$/, '');
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

function signer(command, link, pin) {
  const result = spawnSync('dotnet', [join(root, 'mobile-signer/Signer.Cli/bin/Debug/net10.0/myna-signer.dll'), command, link, '--card', card],
    { input: `${pin}\n`, encoding: 'utf8' });
  process.stdout.write(result.stdout);
  if (result.status !== 0) throw new Error(`myna-signer ${command} exited ${result.status}: ${result.stderr}`);
}

async function login() {
  const device = (await call('POST', '/oauth/device_authorization', { form: { client_id: 'chatbot', scope: 'openid email portal' }, expect: [200] })).json;
  signer('login', device.verification_uri_complete, '1234');
  const token = async (form) => (await call('POST', '/oauth/token', { form, expect: [200] })).json;
  let tokens = await token({ grant_type: 'urn:ietf:params:oauth:grant-type:device_code', client_id: 'chatbot', device_code: device.device_code });
  const me = (await call('GET', '/me', { token: tokens.access_token, expect: [200] })).json;
  if (me.state !== 'registered') {
    step('利用者登録 (first time): the code comes from the mail sink');
    const email = 'hanako@example.jp';
    const terms = (await call('GET', '/terms/current', { expect: [200] })).json;
    await call('POST', '/me/registration', { token: tokens.access_token, body: { email, notificationsEnabled: true, termsVersion: terms.version }, expect: [202] });
    const code = await mailCode(email, /確認コード: (\d{6})/);
    await call('POST', '/me/registration/confirm', { token: tokens.access_token, body: { code }, expect: [200] });
    tokens = await token({ grant_type: 'refresh_token', client_id: 'chatbot', refresh_token: tokens.refresh_token });
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

/** An agency token: client credentials with private_key_jwt (RFC 7523), the assertion signed with the demo key. */
async function agencyToken() {
  const keys = join(local, 'agencies', 'chiyoda');
  const kid = JSON.parse(readFileSync(join(keys, 'public.jwk'), 'utf8')).kid;
  const b64 = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const input = `${b64({ alg: 'ES256', typ: 'JWT', kid })}.${b64({ iss: 'lg-131016-chiyoda', sub: 'lg-131016-chiyoda', aud: `${portal}/oauth/token`, jti: randomUUID(), iat: now, exp: now + 60 })}`;
  const signature = sign('sha256', Buffer.from(input), { key: createPrivateKey(readFileSync(join(keys, 'private.pem'))), dsaEncoding: 'ieee-p1363' });
  const tokens = (await call('POST', '/oauth/token', {
    form: {
      grant_type: 'client_credentials', client_id: 'lg-131016-chiyoda', scope: 'agency.applications',
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer', client_assertion: `${input}.${signature.toString('base64url')}`,
    },
    expect: [200],
  })).json;
  return tokens.access_token;
}

step('カードでログイン (device flow; the signer answers with the demo card, PIN 1234)');
const resident = await login();
console.log('logged in');
