export const USAGE = `Usage: fingerpost <command> [options]

Commands:
  validate <files…>          Check journey definitions; one "file:path: message" line per error
  types <journey.json>       Print a TypeScript interface of the journey's answers
  test <journey.json> [scenario files…]
                             Run scenarios, explore every route, print coverage
  help                       Show this help

Exit codes: 0 success, 1 a check failed, 2 usage error or unreadable input.
`;
