/**
 * Why a budget is not met, written by hand after reading a report: one sentence per budget id
 * (see the ids in scripts/bench/budgets.ts). The report prints it next to every failed budget, and
 * says so when it is missing. Remove an entry when its budget is met again.
 */
export const CAUSES: Record<string, string | undefined> = {};
