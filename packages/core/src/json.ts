/** Deeper JSON than this is refused: no vendor payload comes close, and code that walks it could overflow. */
export const MAX_JSON_DEPTH = 256;

/**
 * JSON.parse, with three differences:
 * - an integer too large for a JS number (beyond ±2^53 − 1) is kept as a string of its exact digits instead of
 *   being silently rounded: a Zuora run id of 90071992547409931 must stay that id;
 * - nesting deeper than {@link MAX_JSON_DEPTH} is a `SyntaxError`, before anything walks it;
 * - a `SyntaxError`'s message never quotes the text (V8's does, and the text may hold a secret).
 */
export function parseJson(text: string): unknown {
  const unsafeDigits = scan(text);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const position = /position (\d+)/.exec(String((error as Error).message))?.[1];
    throw new SyntaxError(`not valid JSON${position === undefined ? "" : ` (at position ${position})`}`);
  }
  // Parsed once first, so only valid JSON is rewritten: a number outside a string is then always a value.
  return unsafeDigits ? JSON.parse(quoteUnsafeIntegers(text)) : value;
}

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_BRACE = 123;
const OPEN_BRACKET = 91;
const CLOSE_BRACE = 125;
const CLOSE_BRACKET = 93;
const ZERO = 48;
const NINE = 57;

/** One pass: throws when nesting is too deep; true when a run of 16+ digits stands outside a string. */
function scan(text: string): boolean {
  if (text.length <= MAX_JSON_DEPTH) return /\d{16}/.test(text);
  let depth = 0;
  let digits = 0;
  let longDigits = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= ZERO && code <= NINE) {
      if (++digits >= 16) longDigits = true;
      continue;
    }
    digits = 0;
    if (code === QUOTE) {
      for (i++; i < text.length; i++) {
        const inner = text.charCodeAt(i);
        if (inner === BACKSLASH) i++;
        else if (inner === QUOTE) break;
      }
    } else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      if (++depth > MAX_JSON_DEPTH) throw new SyntaxError(`JSON nested deeper than ${MAX_JSON_DEPTH} levels`);
    } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      depth--;
    }
  }
  return longDigits;
}

const NUMBER = /-?\d+(\.\d+)?([eE][+-]?\d+)?/y;

function quoteUnsafeIntegers(text: string): string {
  let out = "";
  let last = 0;
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    if (char === '"') {
      i++;
      while (i < text.length && text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
      i++;
      continue;
    }
    if (char === "-" || (char >= "0" && char <= "9")) {
      NUMBER.lastIndex = i;
      const match = NUMBER.exec(text);
      const token = match?.[0] ?? char;
      if (match && !match[1] && !match[2] && !Number.isSafeInteger(Number(token))) {
        out += text.slice(last, i) + `"${token}"`;
        last = i + token.length;
      }
      i += token.length;
      continue;
    }
    i++;
  }
  return out + text.slice(last);
}
