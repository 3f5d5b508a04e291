import { InvalidArgumentError } from "./errors.js";

/**
 * The idempotency key one start sends: the caller's, checked, or a new random one. It is chosen once per call,
 * so that call's retries carry the same key and the vendor answers them with the run the first attempt made.
 */
export function idempotencyKeyFor(given: unknown): string {
  if (given === undefined) return globalThis.crypto.randomUUID();
  // Stripe's limit is 255 characters; control characters could split or forge a header.
  if (
    typeof given !== "string" ||
    given.trim() === "" ||
    given.length > 255 ||
    /[\u0000-\u001f\u007f]/.test(given)
  ) {
    throw new InvalidArgumentError(
      "`idempotencyKey` must be a non-blank string of at most 255 characters without control characters",
      "idempotencyKey",
    );
  }
  return given;
}
