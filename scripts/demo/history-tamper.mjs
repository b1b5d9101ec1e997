// 操作履歴 the resident can verify, against a running ./scripts/run.sh: the demo resident logs in with the demo card,
// saves their export and the portal's history keys, and the signer CLI checks the export as it is and then four
// altered copies (an entry changed, an entry removed, two entries swapped, the portal's signature forged), each of
// which it must refuse, naming what is wrong. Usage: node scripts/demo/history-tamper.mjs [--portal URL]
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSigner, call, local, login, root, step } from './portal.mjs';

buildSigner();
const resident = await login();
const folder = join(local, 'demo-history');
mkdirSync(folder, { recursive: true });

step('The export and the key history, saved as a resident would keep them');
const exported = (await call('GET', '/me/operations/export', { token: resident, expect: [200] })).json;
const keys = (await call('GET', '/history/keys', { expect: [200] })).json;
writeFileSync(join(folder, 'keys.json'), JSON.stringify(keys));
console.log(`${exported.entries.length} chained entries, head signed with ${keys.keys.length} published key(s)`);
if (exported.entries.length < 3) throw new Error('the demo needs at least three chained entries: run it again (each login adds some)');

const copy = () => JSON.parse(JSON.stringify(exported));
const cases = [
  ['as exported', copy()],
  ['entry 2 changed (its operation rewritten)', ((e) => { e.entries[1].operation = 'account.delete'; return e; })(copy())],
  ['entry 2 removed', ((e) => { e.entries.splice(1, 1); return e; })(copy())],
  ['entries 2 and 3 swapped', ((e) => { [e.entries[1], e.entries[2]] = [e.entries[2], e.entries[1]]; return e; })(copy())],
  ['the head re-signed by someone else', ((e) => { const [h, p, s] = e.head.split('.'); e.head = `${h}.${p}.${s.slice(0, -4)}AAAA`; return e; })(copy())],
];
for (const [name, variant] of cases) {
  step(`myna-signer history verify: ${name}`);
  const file = join(folder, `${name.replace(/[^a-z0-9]+/gi, '-')}.json`);
  writeFileSync(file, JSON.stringify(variant));
  const result = spawnSync('dotnet', [join(root, 'mobile-signer/Signer.Cli/bin/Debug/net10.0/myna-signer.dll'), 'history', 'verify', file,
    '--keys', join(folder, 'keys.json')], { encoding: 'utf8' });
  process.stdout.write(result.stdout + result.stderr);
  console.log(`exit ${result.status}`);
  if ((result.status === 0) !== (name === 'as exported')) throw new Error(`the verifier's answer for "${name}" is wrong`);
}
