/** Claims built from a generated report's truth: the truth's part-whole and rate groups as links between them. */
import type { Claim } from '../model/types.js';
import { at } from '../util/at.js';

export interface GroupedTruth {
  group?: string;
  role?: string;
}

/** Sets parts/partOf and rate links on `claims` (claims[i] and ids[i] are truth[i]'s) from the truth's groups and roles. */
export function linkTruthGroups(truth: readonly GroupedTruth[], claims: Claim[], ids: readonly string[]): void {
  const groups = new Map<string, number[]>();
  truth.forEach((c, i) => c.group && groups.set(c.group, [...(groups.get(c.group) ?? []), i]));
  for (const members of groups.values()) {
    const role = (name: string) => members.filter((i) => at(truth, i).role === name);
    const [total] = role('total');
    if (total !== undefined) {
      at(claims, total).parts = role('part').map((i) => at(ids, i));
      for (const i of role('part')) at(claims, i).partOf = at(ids, total);
    }
    const [rate] = role('rate');
    const [num] = role('numerator');
    const [den] = role('denominator');
    if (rate !== undefined && num !== undefined && den !== undefined) at(claims, rate).rate = { numerator: at(ids, num), denominator: at(ids, den) };
  }
}
