// tsc writes dist/cli/main.js without the executable bit; `npx synoptic` and a
// global install run the file itself, so the build sets it (through Node, so it
// works wherever npm does).
import { chmodSync } from "node:fs";

chmodSync(new URL("../dist/cli/main.js", import.meta.url), 0o755);
