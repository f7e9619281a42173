import { join } from "node:path";
import { ROOT } from "./fixtures.ts";

/**
 * The second place every `npm test` builds and tests: the invented kota of
 * test/fixtures/places (Teluk Rekaan, 73.99), made by `npm run new-regency`'s
 * code with --sample. Its data folder sits at a fixed address so that the
 * "place" test project can name it as DATA_DIR in its configuration.
 */
export const PLACE_ROOT = join(ROOT, ".lentera", "place-site");
export const PLACE_DATA = join(PLACE_ROOT, "data");
