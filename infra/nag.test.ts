import { App, Stack, Validations } from 'aws-cdk-lib';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import type { IConstruct } from 'constructs';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkWithNag, nagPacks } from './nag.ts';
import { testApp } from './test-app.ts';

const { app } = testApp();

beforeAll(() => {
  app.synth();
});

const acknowledgementsUnder = (scope: IConstruct) =>
  scope.node.findAll().flatMap((construct) =>
    construct.node.metadata
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) => Object.entries(entry.data as Record<string, string>))
      .map(([id, reason]) => ({ path: construct.node.path, id, reason })),
  );

describe('cdk-nag', () => {
  it.each(nagPacks().map((pack) => [pack.readPackName, pack] as const))(
    'finds nothing left open in the app with the %s pack',
    (_, pack) => {
      const findings = pack
        .validateScope(app)
        .violations.flatMap(({ ruleName, violatingResources }) =>
          violatingResources.map(({ constructPath }) => `${ruleName} at ${constructPath}`),
        );
      expect(findings).toEqual([]);
    },
  );

  it('has a reason, in a sentence, for every acknowledged finding', () => {
    const acknowledgements = acknowledgementsUnder(app);
    expect(acknowledgements.length).toBeGreaterThan(0);
    expect(acknowledgements.filter(({ reason }) => reason.split(' ').length < 6)).toEqual([]);
  });

  it('fails the synth on a finding nobody acknowledged', () => {
    const unchecked = new App({ builtinCloudFormationValidation: false });
    new Queue(new Stack(unchecked, 'Unchecked'), 'PlainQueue');
    checkWithNag(unchecked);
    expect(() => unchecked.synth()).toThrow(/AwsSolutions-SQS4/);
  });
});
