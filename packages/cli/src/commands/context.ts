import type { CliIo, Output } from "../io.js";
import type { RunTarget } from "../providers.js";

export interface CommandContext {
  io: CliIo;
  output: Output;
  /** Called once the provider is known, so errors can name its credential variables. */
  onTarget: (target: RunTarget) => void;
}
