// The statement command (CONTRACT.md §1): one JSON case on stdin, one JSON statement on stdout, exit 0; a
// malformed case gives a one-line message naming the field on stderr and exit 2.
import { text } from 'node:stream/consumers';
import { computeStatement, parsePointsCase, type PointsCase } from '../domain/points/index.ts';

const MALFORMED = 2;

function readCase(source: string): { ok: true; value: PointsCase } | { ok: false; problem: string } {
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (error) {
    return { ok: false, problem: `not valid JSON (${String(error).replace(/\s+/g, ' ')})` };
  }
  const parsed = parsePointsCase(json);
  return parsed.ok ? parsed : { ok: false, problem: `${parsed.field}: ${parsed.message}` };
}

const pointsCase = readCase(await text(process.stdin));
if (pointsCase.ok) {
  process.stdout.write(`${JSON.stringify(computeStatement(pointsCase.value))}\n`);
} else {
  process.stderr.write(`malformed case: ${pointsCase.problem}\n`);
  process.exitCode = MALFORMED;
}
