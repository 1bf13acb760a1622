export type { RefineOptions } from "./refine.js";
export { type ClusterItem, clusterStories, refineOptions, type StoryGroup } from "./stories.js";
export { cosine, DocumentFrequencies, type Vector } from "./tfidf.js";
