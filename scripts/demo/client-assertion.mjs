#!/usr/bin/env node
// Prints a private_key_jwt client assertion (RFC 7523) for one call, signed with a key portal-operator made
// (--generate-key writes private.pem and public.jwk): aud is the issuer as one string (FAPI 2.0), with iat and a jti.
//
//   node scripts/demo/client-assertion.mjs chatbot .local/chatbot [--portal http://127.0.0.1:7071/api]
import { createPrivateKey, randomUUID, sign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const [clientId, keys, ...rest] = process.argv.slice(2);
if (!clientId || !keys) {
  console.error('usage: client-assertion.mjs <client-id> <keys folder> [--portal <issuer>]');
  process.exit(2);
}
const portal = (rest[0] === '--portal' ? rest[1] : 'http://127.0.0.1:7071/api').replace(/\/$/, '');
const kid = JSON.parse(readFileSync(join(keys, 'public.jwk'), 'utf8')).kid;
const b64 = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
const now = Math.floor(Date.now() / 1000);
const input = `${b64({ alg: 'ES256', typ: 'JWT', kid })}.${b64({ iss: clientId, sub: clientId, aud: portal, jti: randomUUID(), iat: now, exp: now + 60 })}`;
const signature = sign('sha256', Buffer.from(input), { key: createPrivateKey(readFileSync(join(keys, 'private.pem'))), dsaEncoding: 'ieee-p1363' });
console.log(`${input}.${signature.toString('base64url')}`);
