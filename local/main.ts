// `npm start`: runs the whole service on this machine until Ctrl-C.
import { resolve } from 'node:path';
import { demoAccounts, demoLicences } from './demo/index.ts';
import { demoIdentities } from './identity/index.ts';
import { startLocal } from './runtime/index.ts';

const started = Date.now();
const dataDir = resolve(process.env.LOCAL_DATA_DIR ?? '.local');
const runtime = await startLocal({
  dataDir,
  port: Number(process.env.PORT ?? 3000),
  log: (line) => console.log(`[permis-points] ${line}`),
});

console.log(`
permis-points is running (ready in ${((Date.now() - started) / 1000).toFixed(1)} s; data in ${dataDir}${runtime.demoLoaded ? ', demo data loaded' : ''})

  web front end and API   ${runtime.url}/   and   ${runtime.url}/v1/…
  user pool (Cognito)     ${runtime.poolUrl}
  FranceConnect           ${runtime.franceConnectUrl}
  today (simulated)       ${runtime.clock.today()}   (POST ${runtime.url}/local/clock to move it)

demo e-mail accounts:
${demoAccounts.map((account) => `  ${account.email.padEnd(30)} ${account.password}`).join('\n')}
demo FranceConnect identities (npm run -s local:token -- --franceconnect KEY):
${demoIdentities.map((identity) => `  ${identity.key.padEnd(8)} ${identity.given_name} ${identity.family_name}`).join('\n')}
demo licences (number, holder, story):
${demoLicences(runtime.clock.today())
  .map(
    ({ licenceNumber, details: { holder }, story }) =>
      `  ${licenceNumber}  ${`${holder.givenNames} ${holder.familyName}`.padEnd(22)} ${story}`,
  )
  .join('\n')}

Ctrl-C stops everything.`);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await runtime.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
