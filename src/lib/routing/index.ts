/**
 * Routing, computed once: the page kinds and the path of each (`pathOf`), the
 * pages of a model and their static paths, and the view of each page. Route
 * files, navigation, crumbs, link lists, preview cards and tests all ask here;
 * no page path is written anywhere else.
 */
export * from "./paths.ts";
export { pageRoutes, pageStaticPaths, routesOf, type PageRoute, type SitePageKind } from "./routes.ts";
export { pageView, type PageView, type ViewHead } from "./views.ts";
