// The project's validation middleware (middy has none for zod): path parameters, query and body parsed by the
// route's schemas, every refusal a 400 naming each field with a stable code, in French and in English.
import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import * as z from 'zod/mini';
import { fr } from 'zod/locales';
import { problems, type FieldErrorInput } from './problem.ts';
import { localise } from './problem-texts.ts';
import type { RouteContext } from './route-context.ts';

/** zod's French messages, made on the first refused input: a route that validates nothing never builds them. */
let frenchErrors: z.core.$ZodErrorMap | undefined;

/** A zod issue's stable code: what a client branches on or translates. */
function issueCode(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return 'input' in issue && issue.input === undefined ? 'required' : 'invalid-type';
    case 'too_small':
      return issue.origin === 'string' ? 'too-short' : 'too-small';
    case 'too_big':
      return issue.origin === 'string' ? 'too-long' : 'too-big';
    case 'unrecognized_keys':
      return 'unknown-field';
    case 'invalid_value':
      return 'invalid-value';
    case 'invalid_format':
      return 'invalid-format';
    default:
      return 'invalid';
  }
}

const pathOf = (parts: PropertyKey[]) =>
  parts
    .map(String)
    .reduce((path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : path ? `${path}.${part}` : part), '');

/**
 * The field errors of a failed parse, in both languages: `french` is the same parse with zod's French locale,
 * whose issues come in the same order; a message the schema wrote itself is translated by the catalogue.
 */
export function toFieldErrors(error: z.core.$ZodError, french?: z.core.$ZodError): FieldErrorInput[] {
  return error.issues.map((issue, index) => {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    const path = pathOf(keys.length === 1 ? [...issue.path, ...keys] : issue.path);
    const frenchMessage = french?.issues[index]?.message;
    const written = localise(issue.message);
    return {
      path,
      code: issueCode(issue),
      message: written ?? { en: issue.message, fr: frenchMessage ?? issue.message },
    };
  });
}

/** The parsed value, or a validation problem. The French parse runs only for a refused input. */
export function parse<T extends z.core.$ZodType>(schema: T, input: unknown): z.output<T> {
  const result = z.safeParse(schema, input);
  if (result.success) return result.data;
  const french = z.safeParse(schema, input, { error: (frenchErrors ??= fr().localeError) });
  throw problems.validation(toFieldErrors(result.error, french.success ? undefined : french.error));
}

export interface RequestSchemas {
  params?: z.core.$ZodType | undefined;
  query?: z.core.$ZodType | undefined;
  body?: z.core.$ZodType | undefined;
}

/** Parses what `schemas` name into `context.input`, in the order path, query, body. */
export function requestValidation(
  schemas: RequestSchemas,
): MiddlewareObj<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Error, RouteContext> {
  return {
    before: ({ event, context }) => {
      const input = (context.input ??= {});
      if (schemas.params) input.params = parse(schemas.params, event.pathParameters ?? {});
      if (schemas.query) input.query = parse(schemas.query, event.queryStringParameters ?? {});
      if (schemas.body) input.body = parse(schemas.body, event.body);
    },
  };
}
