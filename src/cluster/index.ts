export type { RefineOptions } from "./refine.js";
export { type ClusterItem, clusterStories, type StoryGroup } from "./stories.js";
export { cosine, DocumentFrequencies, type Vector } from "./tfidf.js";
