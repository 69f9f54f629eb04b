// What a role may do and who may invoke a function, read back from the synthesized templates as
// readable lines ("dynamodb:GetItem on PermisPoints-Stateful/Data/Table.Arn"), for the
// least-privilege tests.
import { CfnElement, type Stack } from 'aws-cdk-lib';
import type { IRole } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { CloudAssembly } from 'aws-cdk-lib/cx-api';

type Template = {
  Resources: Record<string, { Type: string; Properties?: Record<string, unknown> }>;
  Outputs?: Record<string, { Value: unknown }>;
};

interface Statement {
  Effect: 'Allow' | 'Deny';
  Action: string | string[];
  Resource: unknown;
  Condition?: unknown;
}

const asList = <T>(value: T | T[]): T[] => (Array.isArray(value) ? value : [value]);

/** Reads the permissions of roles of `stacks` as readable lines, resolving references between them. */
export function grantedPermissions(assembly: CloudAssembly, stacks: Stack[]) {
  const templates = new Map(
    stacks.map((stack) => [stack.stackName, assembly.getStackByName(stack.stackName).template as Template]),
  );
  // Construct paths by logical id, so lines name resources the way the code builds them.
  const paths = new Map(
    stacks.map((stack) => [
      stack.stackName,
      new Map(
        stack.node
          .findAll()
          .filter((construct): construct is CfnElement => CfnElement.isCfnElement(construct))
          .map((element) => [stack.getLogicalId(element), element.node.path.replace(/\/Resource$/, '')]),
      ),
    ]),
  );

  const render = (stackName: string, value: unknown): string => {
    if (typeof value === 'string') return value;
    const intrinsic = value as Record<string, unknown>;
    const pathOf = (logicalId: string) => paths.get(stackName)?.get(logicalId) ?? logicalId;
    if ('Ref' in intrinsic) {
      const ref = String(intrinsic.Ref);
      return ref.startsWith('AWS::') ? `\${${ref}}` : pathOf(ref);
    }
    if ('Fn::GetAtt' in intrinsic) {
      const [logicalId, attribute] = intrinsic['Fn::GetAtt'] as [string, string];
      return `${pathOf(logicalId)}.${attribute}`;
    }
    if ('Fn::Join' in intrinsic) {
      const [separator, parts] = intrinsic['Fn::Join'] as [string, unknown[]];
      return parts.map((part) => render(stackName, part)).join(separator);
    }
    if ('Fn::GetStackOutput' in intrinsic) {
      const { StackName, OutputName } = intrinsic['Fn::GetStackOutput'] as {
        StackName: string;
        OutputName: string;
      };
      const output = templates.get(StackName)?.Outputs?.[OutputName];
      if (output) return render(StackName, output.Value);
    }
    return JSON.stringify(value);
  };

  const linesOf = (stackName: string, statements: Statement[]) =>
    statements.flatMap((statement) =>
      asList(statement.Action).flatMap((action) =>
        asList(statement.Resource).map(
          (resource) =>
            `${statement.Effect === 'Deny' ? 'DENY ' : ''}${action} on ${render(stackName, resource)}` +
            (statement.Condition ? ` when ${JSON.stringify(statement.Condition)}` : ''),
        ),
      ),
    );

  const templateOf = (stack: Stack) => {
    const template = templates.get(stack.stackName);
    if (!template) throw new Error(`${stack.stackName} was not synthesized`);
    return template;
  };

  /** Every permission of `role`: its inline policies, the policies attached to it, its managed policies. */
  function permissionsOf(role: IRole): string[] {
    const stack = role.stack;
    const template = templateOf(stack);
    const roleId = stack.getLogicalId(role.node.defaultChild as CfnElement);
    const roleProperties = template.Resources[roleId]?.Properties ?? {};
    const inline = asList(
      (roleProperties.Policies ?? []) as { PolicyDocument: { Statement: Statement[] } }[],
    );
    const attached = Object.values(template.Resources)
      .filter((resource) => resource.Type === 'AWS::IAM::Policy')
      .filter((resource) =>
        asList((resource.Properties?.Roles ?? []) as unknown[]).some(
          (ref) => (ref as { Ref?: string }).Ref === roleId,
        ),
      )
      .map((resource) => resource.Properties as { PolicyDocument: { Statement: Statement[] } });
    const managed = asList((roleProperties.ManagedPolicyArns ?? []) as unknown[]).map(
      (arn) => `managed policy ${render(stack.stackName, arn)}`,
    );
    const lines = [...inline, ...attached].flatMap((policy) =>
      linesOf(stack.stackName, policy.PolicyDocument.Statement),
    );
    return [...new Set([...lines, ...managed])].sort();
  }

  /** Who may invoke `handler` (its resource policy), and from where. */
  function invokersOf(handler: IFunction): string[] {
    const stack = handler.stack;
    const functionId = stack.getLogicalId(handler.node.defaultChild as CfnElement);
    const namesTheFunction = (name: unknown) =>
      JSON.stringify(name) === JSON.stringify({ Ref: functionId }) ||
      JSON.stringify(name) === JSON.stringify({ 'Fn::GetAtt': [functionId, 'Arn'] });
    return Object.values(templateOf(stack).Resources)
      .filter((resource) => resource.Type === 'AWS::Lambda::Permission')
      .map((resource) => resource.Properties ?? {})
      .filter((permission) => namesTheFunction(permission.FunctionName))
      .map(
        (permission) =>
          `${render(stack.stackName, permission.Principal)} may ${render(stack.stackName, permission.Action)}` +
          ` from ${render(stack.stackName, permission.SourceArn ?? '*')}`,
      )
      .sort();
  }

  /** A value of `stack`'s template (an environment variable, say) as a readable line. */
  const readable = (stack: Stack, value: unknown) => render(stack.stackName, value);

  return { permissionsOf, invokersOf, readable };
}
