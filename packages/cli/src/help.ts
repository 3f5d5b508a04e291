/** The help texts. The README's tables list the same options: help.test.ts fails when the two drift. */

export const MAIN_HELP = `wfrun: start, list, stop, get and watch workflow runs on Stripe, Dify, Zuora and Copy.ai

Usage:
  wfrun get <provider> <run-id>... [--json]       print runs, normalized
  wfrun watch <provider> <run-id> [--timeout 10m] wait for a run to end; exit 0 only if it succeeded
  wfrun start <provider> <workflow> [--input k=v] start a run; --watch waits for it like watch
  wfrun list <provider> [<workflow>] [--limit n]  list runs (a table, or --json)
  wfrun stop <provider> <id>                      stop a run (Zuora; Dify by task id)
  wfrun mock [--port 4010]                        start the local mock server of all four APIs
  wfrun help <command>                            options of a command (or wfrun <command> --help)
  wfrun --version

Providers: stripe, dify, zuora, copyai (Copy.ai takes <workflow-id> <run-id>)

Credentials and hosts come from the environment:
  STRIPE_API_KEY  DIFY_API_KEY  COPYAI_API_KEY
  ZUORA_CLIENT_ID + ZUORA_CLIENT_SECRET (or ZUORA_ACCESS_TOKEN), ZUORA_ENVIRONMENT or ZUORA_BASE_URL
  STRIPE_BASE_URL  DIFY_BASE_URL  COPYAI_BASE_URL   (optional: a self-hosted Dify, a proxy, the mock)
  STRIPE_VERSION                                     (optional: the Stripe-Version preview to pin)
  WFRUN_DEBUG=1                                      (optional: as --verbose)
  NO_COLOR, FORCE_COLOR                              (optional: as --color off, --color on)

Exit codes: 0 ok, 1 run ended without success, 2 usage or configuration, 3 API or network, 4 timed out,
130 interrupted.
`;

const TARGET = `Arguments:
  <provider>     stripe, dify, zuora or copyai
  <run-id>       the run's id; Copy.ai takes two: <workflow-id> <run-id>
                 (put -- before an id that starts with a dash)`;

const SHARED_OPTIONS = `  --json                  print the run as JSON on stdout (wfrun's normalized run)
  --raw                   print the vendor's own payload as JSON on stdout, instead
  --base-url <url>        the API's base URL, instead of the provider's *_BASE_URL variable or default
  --verbose               show each HTTP attempt, retry and wait on stderr (keys redacted); or WFRUN_DEBUG=1
  --color <when>          auto (default: on a terminal, unless NO_COLOR is set or FORCE_COLOR), on, off
  -h, --help              this help`;

export const GET_HELP = `Usage: wfrun get <provider> <run-id>... [options]

Fetches runs and prints them in wfrun's normalized shape: a summary, or with --json the whole run (the
vendor's payload included, as "raw"). Several run ids are fetched concurrently; with --json or --raw they
print as one JSON array. Exits 0 when every run was fetched, whatever its status.

Arguments:
  <provider>     stripe, dify, zuora or copyai
  <run-id>...    one or more run ids; Copy.ai takes one workflow id first: <workflow-id> <run-id>...
                 (put -- before an id that starts with a dash)

Options:
  --timeout <duration>    give up on the whole call after this long, retries included; 500ms, 30s, 2m
${SHARED_OPTIONS}

Examples:
  wfrun get stripe wfrun_test_61UTL7vuMHzp5fHTd16TT0rUFzSQLefl99yAJBArITFo
  wfrun get dify fb47b2e6-5e43-4f90-be01-d5c5a088d156 --json | jq .status
  wfrun get zuora 19063 19064 19065 --json | jq -r '.[].status'
  wfrun get copyai WCFG-84e56597-ebaf-4b49-a98c-75cacd4aecaa WRUN-dc46baf3-cb19-4424-be04-95ba630409bf
`;

export const WATCH_HELP = `Usage: wfrun watch <provider> <run-id> [options]

Polls the run until it ends, then prints it like \`wfrun get\`. On a terminal, one live line on stderr shows
the time elapsed, the status and the next poll; elsewhere (CI) a line per change of status, and a line every
minute while nothing changes. Polling starts at --min-delay and grows by 1.5x per poll up to --max-delay.

${TARGET}

Options:
  --timeout <duration>    give up after this long (default 10m); durations: 600000ms, 600s, 10m, 1h
  --min-delay <duration>  first delay between polls (default 1s)
  --max-delay <duration>  longest delay between polls (default 30s)
  -q, --quiet             no progress lines
${SHARED_OPTIONS}

Exit codes:
  0    the run succeeded
  1    the run ended without succeeding: failed, canceled or partially_succeeded
  2    usage or configuration error (bad arguments, a missing key)
  3    API or network error (401, 404, 5xx after retries, no connection, not a run)
  4    timed out (the last run seen is printed)
  130  interrupted (Ctrl-C)

Examples:
  wfrun watch dify fb47b2e6-5e43-4f90-be01-d5c5a088d156 --timeout 30m
  wfrun watch zuora 19063 --json > run.json
`;

export const MOCK_HELP = `Usage: wfrun mock [options]

Starts @wfrun/mock, a local server speaking the workflow-run endpoints of Stripe, Dify, Zuora and
Copy.ai, prints its base URLs, and runs until Ctrl-C (SIGINT) or SIGTERM. The \`export\` lines go to
stdout (for \`source\`), everything else to stderr. Built-in run ids: run_succeeded, run_failed,
run_progress, run_rate_limited, run_flaky; any other id answers 404. Copy.ai takes any workflow id first.

Options:
  --port <n>     port to listen on (default 0: any free port)
  --host <host>  interface to listen on (default 127.0.0.1: this machine only)
  -h, --help     this help

Examples:
  wfrun mock --port 4010
  wfrun mock > mock.env &   then   source mock.env && wfrun watch dify run_progress
`;
