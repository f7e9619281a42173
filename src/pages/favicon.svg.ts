import type { APIRoute } from "astro";

/** The site icon: a small lantern (lentera), drawn in SVG so it stays sharp and tiny. */
const ICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#0a58a8"/><path d="M12 7h8M16 4v3M11 10h10l1 13H10zM9 25h14" stroke="#fff" stroke-width="2" fill="none" stroke-linecap="round"/><circle cx="16" cy="17" r="3" fill="#ffc94d"/></svg>`;

export const GET: APIRoute = () => new Response(ICON, { headers: { "Content-Type": "image/svg+xml" } });
