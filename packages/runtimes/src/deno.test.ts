import { join } from "node:path";
import { commandLine, packageDir } from "./bundle.js";
import { describeMatrix } from "./matrix.js";

// The binary the `deno` npm package carries (its postinstall links it from the platform package).
const DENO = join(packageDir, "node_modules", "deno", "deno");

describeMatrix("deno", {
  userAgent: /^wfrun\/dify deno\/2\.9\.6$/,
  // Network to loopback only; nothing else is allowed.
  run: commandLine("deno", DENO, ["run", "--no-prompt", "--allow-net=127.0.0.1"]),
});
