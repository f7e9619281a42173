import type { MdastPluginDefinition } from "satteri";

/**
 * Narrative Markdown is data that staff edit, so it is treated like every other
 * text field: raw HTML in it is shown as text, never passed through, and links
 * may only use http(s), mailto, tel, in-page anchors or relative paths. A
 * `javascript:` link becomes plain text. Markdown's own syntax (emphasis,
 * lists, links, tables) is unaffected.
 */
const SAFE_URL = /^(https?:|mailto:|tel:|#|\/|\.{0,2}\/|[^:]*$)/i;

export const isSafeUrl = (url: string): boolean => SAFE_URL.test(url.trim());

export const safeMarkdown: MdastPluginDefinition = {
  name: "lentera-safe-markdown",
  html(node) {
    return { type: "text", value: node.value };
  },
  link(node, context) {
    if (isSafeUrl(node.url)) return undefined;
    return { type: "text", value: context.textContent(node) };
  },
  image(node) {
    if (isSafeUrl(node.url)) return undefined;
    return { type: "text", value: node.alt ?? "" };
  },
  definition(node, context) {
    if (isSafeUrl(node.url)) return undefined;
    context.removeNode(node);
    return undefined;
  },
};
