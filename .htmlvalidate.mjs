// html-validate configuration for the built site (test/site/html.test.ts validates
// every page). The recommended preset as it is: Astro's output needs no exception
// today. Relax a rule only where it conflicts with what Astro or Plot write on
// purpose, and say why beside it.
export default {
  extends: ["html-validate:recommended"],
  rules: {},
};
