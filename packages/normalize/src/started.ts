/**
 * What a start answer says when a vendor returns only the new run's id (Copy.ai): not a `WorkflowRun`, whose
 * status and times the answer does not give. Read the run itself to learn more.
 */
export interface StartedRun<P extends string = string, Raw = unknown> {
  provider: P;
  /** The new run's id, as `getWorkflowRun` takes it. */
  id: string;
  workflowId: string | null;
  /** The start answer as received. */
  raw: Raw;
}
