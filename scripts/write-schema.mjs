// Writes schema/report-v1.schema.json from the zod schema in src/report (run after `npm run build`).
import { writeFileSync } from "node:fs";
import { reportJsonSchema } from "../dist/index.js";

const schema = {
  $id: "urn:synoptic:schema:report-v1",
  title: "Synoptic report, version 1 (synoptic.report/1)",
  ...reportJsonSchema(),
};
writeFileSync(
  new URL("../schema/report-v1.schema.json", import.meta.url),
  `${JSON.stringify(schema, null, 2)}\n`,
);
console.log("wrote schema/report-v1.schema.json");
