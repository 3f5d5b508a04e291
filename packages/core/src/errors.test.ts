import { describe, expect, it } from "vitest";
import {
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
  WfrunError,
} from "./errors.js";

describe("ApiError.fromResponse", () => {
  const cases: [number, typeof ApiError][] = [
    [400, BadRequestError],
    [401, AuthenticationError],
    [402, ApiError],
    [403, PermissionDeniedError],
    [404, NotFoundError],
    [409, ConflictError],
    [422, UnprocessableEntityError],
    [424, ApiError],
    [429, RateLimitError],
    [500, InternalServerError],
    [503, InternalServerError],
    [599, InternalServerError],
  ];
  for (const [status, ErrorClass] of cases) {
    it(`builds ${ErrorClass.name} for ${status}`, () => {
      const error = ApiError.fromResponse(
        { status, code: "x_code", message: "went wrong" },
        { provider: "acme" },
      );
      expect(error.constructor).toBe(ErrorClass);
      expect(error).toBeInstanceOf(WfrunError);
      expect(error.name).toBe(ErrorClass.name);
      expect(error.status).toBe(status);
      expect(error.message).toBe(`acme answered HTTP ${status} (x_code): went wrong`);
    });
  }

  it("keeps the fields it was given and survives JSON", () => {
    const error = ApiError.fromResponse(
      { status: 404, code: "not_found", requestId: "req_1", headers: { a: "b" }, body: { x: 1 } },
      { provider: "acme", attempts: 3, request: { method: "GET", url: "https://x/y" } },
    );
    expect(error.message).toBe("acme answered HTTP 404 (not_found)");
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({
      status: 404,
      code: "not_found",
      requestId: "req_1",
      attempts: 3,
      provider: "acme",
      request: { method: "GET", url: "https://x/y" },
    });
  });
});
