// Public face of functions/issue-document: issuing a signed RIR or RII (the one use case that bundles the PDF
// libraries).
export {
  DOCUMENTS_PER_DAY,
  holderIdentificationOf,
  makeIssueDocument,
  type IssueDependencies,
  type IssueOutcome,
} from './issue-document.ts';
export { issueHandler } from './issue-handler.ts';
