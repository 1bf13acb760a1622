import { addInto, normalize, type Vector } from "./tfidf.js";

/** A story while clustering: its members (places in arrival order) and centroid. */
export interface Story {
  members: number[];
  sum: Vector;
  /** Unit-length centroid, kept in step with `sum`. */
  centre: Vector;
}

export function storyOf(members: number[], vectors: Vector[]): Story {
  const sum: Vector = new Map();
  for (const m of members) addInto(sum, vectors[m] as Vector);
  return { members, sum, centre: normalize(sum) };
}

export function addMember(story: Story, member: number, vector: Vector): void {
  story.members.push(member);
  addInto(story.sum, vector);
  story.centre = normalize(story.sum);
}

export function firstMember(story: Story): number {
  let first = Number.POSITIVE_INFINITY;
  for (const m of story.members) if (m < first) first = m;
  return first;
}

/** Earliest member first, so a story keeps the name of the article that founded it. */
export function byFirstMember(stories: Story[]): Story[] {
  const first = new Map(stories.map((s) => [s, firstMember(s)]));
  return stories.sort((a, b) => (first.get(a) as number) - (first.get(b) as number));
}
