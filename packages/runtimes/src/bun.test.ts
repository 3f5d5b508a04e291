import { join } from "node:path";
import { commandLine, packageDir } from "./bundle.js";
import { describeMatrix } from "./matrix.js";

// The binary the `bun` npm package carries (its postinstall links it from the platform package).
const BUN = join(packageDir, "node_modules", "bun", "bin", "bun.exe");

describeMatrix("bun", {
  userAgent: /^wfrun\/dify bun\/1\.4\.5$/,
  run: commandLine("bun", BUN, ["run"]),
});
