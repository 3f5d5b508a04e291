import { commandLine } from "./bundle.js";
import { describeMatrix } from "./matrix.js";

describeMatrix("node", {
  userAgent: /^wfrun\/dify node\/v\d+\.\d+\.\d+$/,
  run: commandLine("node", process.execPath, []),
});
