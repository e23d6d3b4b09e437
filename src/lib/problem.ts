/** One finding of the content check: where it is and what to do. */
export interface Problem {
  file: string;
  line: number;
  field: string;
  message: string;
  /** A warning is printed but does not fail the check or the build. */
  severity?: 'warning';
}

export const isError = (problem: Problem): boolean => problem.severity !== 'warning';
