export interface BenchArgs {
  quick: boolean;
  write: boolean;
  only: string | null;
}

/**
 * Reads `[--quick] [--no-write] [--only name]`. Quick runs never write the document: their tiny
 * sizes only show that every benchmark still works.
 * @example parseArgs(['--only', 'engine']) // { quick: false, write: true, only: 'engine' }
 */
export function parseArgs(argv: readonly string[], known: readonly string[]): BenchArgs {
  const args: BenchArgs = { quick: false, write: true, only: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--quick') args.quick = true;
    else if (arg === '--no-write') args.write = false;
    else if (arg === '--only') args.only = argv[++i] ?? '';
    else throw new Error(`Unknown argument "${arg}". Use [--quick] [--no-write] [--only ${known.join('|')}]`);
  }
  if (args.only !== null && !known.includes(args.only)) {
    throw new Error(`--only needs one of ${known.join(', ')}; "${args.only}" is not one`);
  }
  if (args.quick) args.write = false;
  return args;
}
