import type { Discrepancy, Entity, ReportArticle, ReportStory } from "../report/index.js";

/** Words of a quote shown in a subject line. */
const SUBJECT_WORDS = 8;

/**
 * Who said it: versions of one quote that different outlets put in
 * different mouths. Runs once speakers are resolved to people, so "she" and
 * "Tammy Bruce" are one speaker and only real disagreements remain.
 */
export function speakerDiscrepancies(
  story: ReportStory,
  articles: ReadonlyMap<string, ReportArticle>,
  entities: ReadonlyMap<string, Entity>,
): Discrepancy[] {
  const out: Discrepancy[] = [];
  for (const q of story.quotes) {
    const bySpeaker = new Map<string, { text: string; sources: string[]; outlets: Set<string> }>();
    for (const v of q.versions) {
      const a = articles.get(v.article);
      const speaker = versionSpeaker(v, articles);
      if (!a || !speaker) continue;
      const claim = bySpeaker.get(speaker) ?? { text: v.text, sources: [], outlets: new Set<string>() };
      claim.sources.push(a.id);
      claim.outlets.add(a.outlet ?? a.id);
      bySpeaker.set(speaker, claim);
    }
    const outlets = new Set([...bySpeaker.values()].flatMap((c) => [...c.outlets]));
    if (bySpeaker.size < 2 || outlets.size < 2) continue;
    const words = q.text.split(/\s+/);
    out.push({
      subject: `who said “${words.slice(0, SUBJECT_WORDS).join(" ")}${words.length > SUBJECT_WORDS ? " …" : ""}”`,
      claims: [...bySpeaker].map(([id, c]) => ({
        value: entities.get(id)?.name ?? id,
        text: c.text,
        sources: c.sources,
      })),
    });
  }
  return out;
}

/** The person an article's own quote gives for one version of a story quote, if resolved. */
function versionSpeaker(
  v: { article: string; text: string },
  articles: ReadonlyMap<string, ReportArticle>,
): string | null {
  return (
    articles.get(v.article)?.quotes.find((m) => m.speaker && v.text.includes(m.text.trim()))?.speaker ?? null
  );
}

/** A story's quote takes the speaker its versions' articles resolved (the first that has one). */
export function nameStoryQuoteSpeakers(
  story: ReportStory,
  articles: ReadonlyMap<string, ReportArticle>,
): void {
  for (const q of story.quotes) {
    for (const v of q.versions) {
      const speaker = versionSpeaker(v, articles);
      if (speaker) {
        q.speaker = speaker;
        break;
      }
    }
  }
}
