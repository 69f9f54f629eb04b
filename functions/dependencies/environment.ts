// The environment a function runs with, read once per cold start against one schema: a missing or malformed
// variable fails the function at its first invocation, naming the variable, never later in a use case.
// Locally the same settings are given as an object with the same names (local/api). zod/mini: a handful of
// kilobytes, where the classic build carries every locale.
import * as z from 'zod/mini';

const text = z.string().check(z.trim(), z.minLength(1));
const url = z.url();
const list = z.pipe(
  text,
  z.transform((value) =>
    value
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean),
  ),
);

export const environmentSchema = z.object({
  TABLE_NAME: text,
  EVENT_BUS_NAME: text,
  MAIL_FROM: text,
  LETTERS_QUEUE_URL: url,
  RESTORATION_QUEUE_URL: url,
  USER_POOL_ISSUER: url,
  USER_POOL_JWKS_URL: url,
  USER_POOL_USERINFO_URL: url,
  USER_POOL_CLIENT_IDS: list,
  USER_POOL_REGISTRY_CLIENT_IDS: list,
  /** Where the service is reached (links in calendar feeds and documents). */
  PUBLIC_URL: url,
  DOCUMENTS_BUCKET: text,
  RENDER_FUNCTION_NAME: text,
  SIGNING_SECRET_ID: text,
  /** Months a RIR or RII is valid; four when absent. */
  DOCUMENT_VALIDITY_MONTHS: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(12))),
  // The SDK's own endpoint overrides: set, they point an adapter at an emulator (local runtime, bundled tests).
  AWS_ENDPOINT_URL_DYNAMODB: z.optional(url),
  AWS_ENDPOINT_URL_S3: z.optional(url),
  AWS_ENDPOINT_URL_LAMBDA: z.optional(url),
  AWS_ENDPOINT_URL_EVENTBRIDGE: z.optional(url),
});

export type Environment = z.output<typeof environmentSchema>;
export type EnvironmentName = keyof Environment;

/** The variables `names` from `source`, checked; throws one error naming every missing or malformed one. */
export function readEnvironment<N extends EnvironmentName>(
  names: readonly N[],
  source: Record<string, string | undefined> = process.env,
): Pick<Environment, N> {
  const values: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const name of new Set(names)) {
    const given = source[name] === '' ? undefined : source[name];
    const result = z.safeParse(environmentSchema.shape[name], given);
    if (result.success) values[name] = result.data;
    else
      problems.push(
        given === undefined
          ? `${name} is missing`
          : `${name} is malformed (${result.error.issues[0]?.message ?? 'invalid'})`,
      );
  }
  if (problems.length > 0) throw new Error(`environment: ${problems.join('; ')}`);
  return values as Pick<Environment, N>;
}
