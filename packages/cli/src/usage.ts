export const USAGE = `Usage: fingerpost <command> [options]

Commands:
  validate <files…>          Check journey definitions; one "file:path: message" line per error
  types <journey.json>       Print a TypeScript interface of the journey's answers
  test <journey.json> [scenario files…]
                             Run scenarios, explore every route, print coverage
  serve [--journeys DIR] [--designer DIR] [--db URL] [--port N] [--host H] [--tokens FILE] [--public-url URL] [--rate-limit N]
                             Run the server: SQLite ./.fingerpost/fingerpost.db, journeys from examples/,
                             http://127.0.0.1:3000; prints dev tokens for a caseworker and a designer
  import --from <xgov|defra|govuk-forms> <files…> [--out DIR] [--force]
                             Import forms as journeys, with a report of what was not carried over
  help                       Show this help

Exit codes: 0 success, 1 a check failed, 2 usage error or unreadable input.
`;
