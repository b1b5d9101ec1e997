#!/usr/bin/env node
// 代理人 against a running ./scripts/run.sh, with its two demo cards: 山田 花子 (the demo resident) appoints 山田 一郎
// (the demo proxy) for 申請 and わたしの情報「税・所得」 for a year; 一郎's own card accepts; 一郎 exchanges the
// delegation for a token that acts for 花子 (RFC 8693, as the chatbot does), reads her 税・所得 (and nothing else) and
// submits 児童手当の認定請求 for her, signed with HIS card; 花子's 操作履歴 shows what her proxy did, and the agency
// (千代田区) receives the application. The signer CLI is the real one.
//
// Run it after run.sh has seeded わたしの情報 (it says so), or 一郎 finds nothing to read. Safe to run again: an
// earlier run's delegation from 花子 to 一郎 is cancelled first; the new one stays, for trying it in the chat.
//
//   node scripts/demo/proxy-journey.mjs [--portal http://127.0.0.1:7071/api]
import { X509Certificate, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { agencyToken, asChatbot, buildSigner, call, cards, ensurePublicFundsAccount, login, readCardIntoProfile, show, signWith, step } from './portal.mjs';

const lg = '131016'; // 千代田区, the demo agency's body
const procedure = 'child-allowance-certification';
const { hanako, ichiro } = cards;

// Delegation periods are Japan days: from today, through the day before the same date next year.
const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(new Date());
const lastDay = new Date(`${today}T00:00:00Z`);
lastDay.setUTCFullYear(lastDay.getUTCFullYear() + 1);
lastDay.setUTCDate(lastDay.getUTCDate() - 1);
const validUntil = lastDay.toISOString().slice(0, 10);

// The serial of a card's signing certificate (its public half), to tell whose card signed.
const signingSerial = (who) => new X509Certificate(Buffer.from(JSON.parse(readFileSync(who.file, 'utf8')).jpki.signing.certificate, 'base64')).serialNumber;
const claims = (jwt) => JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString('utf8'));
const withProfile = async (token, who) => {
  // Appointing names the starter from their 利用者情報, and the prefill of a draft reads the principal's.
  if (!(await call('GET', '/me/profile/lookup-consent', { token, expect: [200] })).json.hasProfile) {
    step(`券面事項入力補助: ${who.name}'s card into 利用者情報 (consent, PIN ${who.authPin})`);
    await readCardIntoProfile(token, who);
  }
};

buildSigner();
const began = new Date().toISOString();

step(`カードでログイン: ${hanako.name} with the demo card (PIN ${hanako.authPin})`);
const principal = await login(hanako);
await withProfile(principal, hanako);
// The application a proxy files chooses 「公金受取口座を利用する」: the principal's own account, registered by the principal.
await ensurePublicFundsAccount(principal, hanako);
const principalId = (await call('GET', '/me', { token: principal, expect: [200] })).json.id;

step(`カードでログイン: ${ichiro.name} with the second demo card (PIN ${ichiro.authPin})`);
const proxy = await login(ichiro);
await withProfile(proxy, ichiro);
const proxyId = (await call('GET', '/me', { token: proxy, expect: [200] })).json.id;

const earlier = (await call('GET', '/me/proxies', { token: principal, expect: [200] })).json.items
  .filter((d) => ['pending', 'active'].includes(d.state) && d.otherName.replace(/\s/g, '') === ichiro.name.replace(/\s/g, ''));
for (const d of earlier) {
  step(`An earlier run's delegation to ${ichiro.name} (${d.state}): ${hanako.name} cancels it (DELETE /me/proxies/${d.id})`);
  await call('DELETE', `/me/proxies/${d.id}`, { token: principal, expect: [200, 204] });
}

step(`新たに代理人を指定する: ${hanako.name} names ${ichiro.name} (任意代理人; 申請, わたしの情報「税・所得」; ${today} – ${validUntil})`);
const started = (await call('POST', '/me/proxies', {
  token: principal, expect: [201],
  body: {
    name: ichiro.name, dateOfBirth: ichiro.dateOfBirth, kind: 'voluntary', services: ['applications', 'information'],
    informationCategories: ['tax-income'], validFrom: today, validUntil,
  },
})).json;
console.log(`delegation ${started.delegation.id} (${started.delegation.state}); the link for ${ichiro.name}'s card: ${started.cardRequest.signerLink}`);

step(`${ichiro.name}, present, accepts with HIS card: the signer shows the terms (code, PIN ${ichiro.authPin}, PIN ${ichiro.signPin})`);
signWith(ichiro, started.cardRequest);

step(`${hanako.name}'s page reads it: the portal checks the card against the name and birth date she gave`);
const accepted = (await call('GET', `/me/proxies/${started.delegation.id}`, { token: principal, expect: [200] })).json;
show({ id: accepted.id, otherName: accepted.otherName, state: accepted.state, services: accepted.services, informationCategories: accepted.informationCategories, validUntil: accepted.validUntil });
if (accepted.state !== 'active') throw new Error(`the delegation is ${accepted.state}: ${accepted.endReason}`);

step(`委任者一覧: ${ichiro.name} sees whom he acts for`);
const principals = (await call('GET', '/me/principals', { token: proxy, expect: [200] })).json.items.filter((d) => d.state === 'active');
console.log(principals.map((d) => `${d.otherName} (${d.services.join(', ')}; until ${d.validUntil})`).join('\n'));

step(`代理人として操作する: the delegation token, exchanged with ${ichiro.name}'s own access token (RFC 8693, as the chatbot)`);
const delegation = (await call('POST', `/me/principals/${accepted.id}/token`, { token: proxy, expect: [200] })).json;
const exchanged = (await call('POST', '/oauth/token', {
  expect: [200],
  form: asChatbot({
    grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
    subject_token: delegation.subject_token, subject_token_type: delegation.subject_token_type,
    actor_token: proxy, actor_token_type: 'urn:ietf:params:oauth:token-type:access_token',
  }),
})).json;
const acting = exchanged.access_token;
const { sub, act, dlg } = claims(acting);
show({ sub, act, dlg, scope: exchanged.scope, expires_in: exchanged.expires_in, refresh_token: exchanged.refresh_token ?? null });
console.log(`sub is ${hanako.name} (${sub === principalId ? 'her account' : 'NOT her account'}), act names ${ichiro.name}`);

step(`わたしの情報 of ${hanako.name}, as her proxy: only 税・所得`);
const information = (await call('GET', '/me/information', { token: acting, expect: [200] })).json;
const seen = [...new Set(information.periods.flatMap((p) => p.categories.map((c) => `${c.name} (${c.id}): ${c.providers.flatMap((v) => v.records).length} records`)))];
console.log(seen.length ? seen.join('\n') : '(nothing yet: run.sh seeds わたしの情報 in the background; run this again once it says so)');
const refused = await call('GET', '/me/information?category=health-insurance-card', { token: acting, expect: [403] });
console.log(`健康保険証 (not delegated): ${refused.status} ${refused.json.type ?? ''} ${refused.json.title ?? ''}`);
const settings = await call('GET', '/me/proxies', { token: acting, expect: [403] });
console.log(`代理人一覧 (never delegable): ${settings.status} ${settings.json.title ?? ''}`);

step('The agency (千代田区) offers 児童手当の認定請求 online');
const agency = await agencyToken();
await call('PUT', `/agency/offerings/${procedure}`, {
  token: agency, expect: [200],
  body: { methods: ['online', 'counter'], pageUrl: 'https://www.city.chiyoda.lg.jp/', contact: '子ども支援課 03-3264-2111', note: null },
});
for (let i = 0; ; i++) {
  // さがす picks the change up from the change feed within Catalog:RefreshInterval (5 s).
  if ((await call('GET', `/procedures/${procedure}?lg=${lg}`, { expect: [200] })).json.offering?.online) break;
  if (i > 60) throw new Error('the online offering did not appear');
  await new Promise((r) => setTimeout(r, 500));
}

step(`電子申請 for ${hanako.name}, by ${ichiro.name}: a draft, filled from HER 利用者情報, and the rest`);
const draft = (await call('POST', '/me/drafts', { token: acting, body: { procedureId: procedure, localGovernmentCode: lg }, expect: [201] })).json;
const prefilled = (await call('POST', `/me/drafts/${draft.id}/prefill`, { token: acting, expect: [200] })).json;
console.log(`draft ${draft.id}; filled from her 利用者情報: ${prefilled.filled.join(', ')}`);
await call('PATCH', `/me/drafts/${draft.id}`, {
  token: acting, headers: { 'content-type': 'application/merge-patch+json' }, expect: [200],
  body: new TextEncoder().encode(JSON.stringify({
    applicant: { kana: 'ヤマダ ハナコ', postalCode: '100-0013', phone: '03-1234-5678', occupation: 'employee', pension: 'employees' },
    hasSpouse: false,
    children: [{ name: '山田 さくら', kana: 'ヤマダ サクラ', birthDate: '2025-05-20', relationship: 'child', livesTogether: true }],
    usePublicFundsAccount: true,
  })),
});
await call('POST', `/me/drafts/${draft.id}/attachments?name=${encodeURIComponent('健康保険証.pdf')}`, {
  token: acting, headers: { 'content-type': 'application/octet-stream' }, expect: [201],
  body: new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n'),
});

step(`Submit, then ${ichiro.name} signs with HIS card (code, PIN ${ichiro.authPin}, PIN ${ichiro.signPin}); ${hanako.name}'s card is never used`);
const pending = (await call('POST', '/me/applications', {
  token: acting, headers: { 'idempotency-key': randomUUID() }, body: { draftId: draft.id, notifyByEmail: true }, expect: [201, 202],
})).json;
signWith(ichiro, pending.cardRequest);
const submitted = (await call('GET', `/me/submissions/${pending.submissionId}`, { token: acting, expect: [200] })).json;
console.log(`受付番号 ${submitted.receiptNumber} (${submitted.status})`);

step(`${hanako.name} sees the application and, in 操作履歴, what her proxy did`);
const mine = (await call('GET', `/me/applications/${submitted.receiptNumber}`, { token: principal, expect: [200] })).json;
console.log(`${mine.receiptNumber} ${mine.procedureName}: ${mine.status.label}`);
const operations = (await call('GET', '/me/operations?pageSize=50', { token: principal, expect: [200] })).json.items;
const actor = (o) => (o.actorId === proxyId ? `代理人 ${ichiro.name}` : o.actorId === principalId ? '本人' : o.actorId);
console.log(operations.filter((o) => new Date(o.at) >= new Date(began)).reverse()
  .map((o) => `${o.at.slice(11, 19)} ${o.operation.padEnd(22)} by ${actor(o)}`).join('\n'));
if (!operations.some((o) => o.actorId === proxyId && o.operation === 'application.submit')) throw new Error('the proxy\'s submission is not in her 操作履歴');

step('The agency (千代田区) receives it: signed with the proxy\'s certificate');
const fetched = (await call('GET', `/agency/applications/${submitted.receiptNumber}`, { token: agency, expect: [200] })).json;
show({ receiptNumber: fetched.receiptNumber, procedure: fetched.procedureName, status: fetched.status.label, signer: fetched.current.signer });
const serial = fetched.current.signer?.serialNumber?.toUpperCase();
const whose = { [signingSerial(ichiro)]: `${ichiro.name}'s (the proxy's)`, [signingSerial(hanako)]: `${hanako.name}'s (NOT the proxy's)` }[serial];
console.log(`signing certificate ${serial}: ${whose ?? 'neither demo card\'s'}`);
