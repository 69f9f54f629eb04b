// `npm run -s local:token`: prints an access token of the local user pool, obtained through its
// real OAuth 2 flows (CONTRACT.md §3). LOCAL_POOL_URL and LOCAL_DATA_DIR say where the pool is.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  clientCredentials,
  demoIdentities,
  FlowError,
  latestCode,
  readRegistryClient,
  signInWithFranceConnect,
  signInWithPassword,
  signUp,
  type Tokens,
} from '../local/identity/index.ts';
import { openOutbox } from '../local/outbox/index.ts';

const usage = `Usage:
  npm run -s local:token -- --email EMAIL --password PASSWORD [--sign-up]
  npm run -s local:token -- --franceconnect ${demoIdentities.map((identity) => identity.key).join('|')}
  npm run -s local:token -- --registry`;

const poolUrl = process.env.LOCAL_POOL_URL ?? 'http://localhost:3001';
const dataDir = process.env.LOCAL_DATA_DIR ?? '.local';
const outboxFile = process.env.LOCAL_OUTBOX_FILE ?? join(dataDir, 'outbox.json');
// The web client's redirect URI registered by `npm start`, whose web front end listens on PORT.
const redirectUri =
  process.env.LOCAL_REDIRECT_URI ?? `http://localhost:${process.env.PORT ?? 3000}/auth/callback`;

function parseCommandLine() {
  try {
    return parseArgs({
      options: {
        email: { type: 'string' },
        password: { type: 'string' },
        'sign-up': { type: 'boolean', default: false },
        franceconnect: { type: 'string' },
        registry: { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    return { error: (error as Error).message };
  }
}

async function tokens(
  options: Exclude<ReturnType<typeof parseCommandLine>, { error: string }>,
): Promise<Tokens | undefined> {
  if (options.registry) return clientCredentials({ poolUrl, ...(await readRegistryClient(dataDir)) });
  if (options.franceconnect)
    return signInWithFranceConnect({ poolUrl, redirectUri, identity: options.franceconnect, direct: true });
  const { email, password } = options;
  if (!email || !password) return undefined;
  if (!options['sign-up']) return signInWithPassword({ poolUrl, redirectUri, email, password });
  // The pool writes the code to the outbox file; reopening reads what it wrote since.
  const readCode = async (to: string) =>
    latestCode(await (await openOutbox(outboxFile)).list(), to, 'sign-up-code');
  // Signing up an address that has an account already just signs in, so that scripts can run again.
  return signUp({ poolUrl, redirectUri, email, password, readCode }).catch((error: unknown) => {
    if (error instanceof FlowError && error.code === 'account-exists')
      return signInWithPassword({ poolUrl, redirectUri, email, password });
    throw error;
  });
}

const options = parseCommandLine();
if (
  'error' in options ||
  (options.franceconnect && !demoIdentities.some((identity) => identity.key === options.franceconnect))
) {
  console.error(
    `${'error' in options ? options.error : `Unknown demo identity ${options.franceconnect}.`}\n${usage}`,
  );
  process.exit(2);
}
try {
  const answer = await tokens(options);
  if (!answer) {
    console.error(usage);
    process.exit(2);
  }
  process.stdout.write(`${answer.access_token}\n`);
} catch (error) {
  console.error(`local:token: ${(error as Error).message}`);
  process.exit(1);
}
