export { renderHtml } from "./render-html.js";
export { renderJson } from "./render-json.js";
export { renderMarkdown } from "./render-markdown.js";
