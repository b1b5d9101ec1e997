#!/usr/bin/env node
// お知らせ against a running ./scripts/run.sh: the demo agency (千代田区) sends a notice to everyone in its area, and
// the demo resident — who lives in 千代田区 according to the card (its address read into the profile) — finds it in
// the inbox, with the unread count before and after opening it. With the web chat linked to the same resident (log in
// there with the demo card first), the chatbot pushes 「千代田区からお知らせがあります」 with a 詳しく button.
//
//   node scripts/demo/notice-journey.mjs [--portal http://127.0.0.1:7071/api]
import { randomUUID } from 'node:crypto';
import { agencyToken, buildSigner, call, login, readCardIntoProfile, show, step } from './portal.mjs';

buildSigner();

step('カードでログイン: device flow, the signer answers with the demo card (PIN 1234)');
const resident = await login();

step('利用者情報: the address on the card says where the resident lives (東京都千代田区)');
const profile = await readCardIntoProfile(resident);
console.log(`address: ${profile.address}`);

step('The agency (千代田区) sends a notice to everyone in its area (client credentials, scope agency.notices)');
let agency;
try {
  agency = await agencyToken('agency.notices');
} catch (e) {
  console.error('The demo agency has no agency.notices scope: its registration in .local/ is older than notices. '
    + 'Stop run.sh, remove .local/ and start it again.');
  throw e;
}
const sent = (await call('POST', '/agency/notices', {
  token: agency, headers: { 'idempotency-key': randomUUID() }, expect: [201],
  body: {
    title: '子宮頸がん検診のお知らせ',
    body: '今年度の子宮頸がん検診の受付を始めました。\n\n対象の方には受診券をお送りしています。詳しくは https://www.city.chiyoda.lg.jp/ をご覧ください。',
    category: 'health',
    importance: 'normal',
    expiresAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
    audience: { kind: 'everyone' },
  },
})).json;
show({ id: sent.id, state: sent.state, senderName: sent.senderName, audience: sent.audience });

step('The resident: the unread count, the inbox, the notice (opening marks it read)');
console.log(`unread: ${JSON.stringify((await call('GET', '/me/notices/unread-count', { token: resident, expect: [200] })).json)}`);
const inbox = (await call('GET', '/me/notices', { token: resident, expect: [200] })).json;
show(inbox.items.slice(0, 3));
const opened = (await call('GET', `/me/notices/${sent.id}`, { token: resident, expect: [200] })).json;
show({ title: opened.title, senderName: opened.senderName, body: opened.body });
console.log(`unread now: ${JSON.stringify((await call('GET', '/me/notices/unread-count', { token: resident, expect: [200] })).json)}`);

step('The agency sees its notice, and withdraws nothing (DELETE /api/agency/notices/{id} would)');
show((await call('GET', `/agency/notices/${sent.id}`, { token: agency, expect: [200] })).json);
