import { nameStoryQuoteSpeakers, speakerDiscrepancies } from "../compare/index.js";
import { attachRoleSources, resolveSpeakers } from "../language/index.js";
import type { Entity, ReportArticle, ReportStory } from "../report/index.js";

/**
 * Speakers are resolved across all articles once stories exist (a described
 * speaker may need its story); then each story's quotes take their speaker and
 * quotes put in different mouths become discrepancies.
 */
export function attachSpeakers(articles: ReportArticle[], stories: ReportStory[]): Entity[] {
  const entities = resolveSpeakers(articles, stories);
  attachRoleSources(entities, articles);
  const byId = new Map(articles.map((a) => [a.id, a]));
  const people = new Map(entities.map((e) => [e.id, e]));
  for (const s of stories) {
    nameStoryQuoteSpeakers(s, byId);
    s.discrepancies.push(...speakerDiscrepancies(s, byId, people));
  }
  return entities;
}
