/** Status of a submitted version: déposée, à corriger (returned) or validée. The draft is kept apart. */
export type SubmissionStatus = "deposee" | "a_corriger" | "validee";

/** French labels of the statuses, the draft's included. */
export const STATUS_LABELS: Readonly<Record<SubmissionStatus | "brouillon", string>> = {
  brouillon: "brouillon",
  deposee: "déposée",
  a_corriger: "à corriger",
  validee: "validée",
};

/** All statuses of a submitted version. */
export const SUBMISSION_STATUSES = ["deposee", "a_corriger", "validee"] as const satisfies readonly SubmissionStatus[];
