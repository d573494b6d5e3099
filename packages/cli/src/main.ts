import { importCommand } from './commands/import';
import { serveCommand } from './commands/serve';
import { testCommand } from './commands/test';
import { typesCommand } from './commands/types';
import { validateCommand } from './commands/validate';
import { type CliIo, EXIT, UsageError } from './io';
import { USAGE } from './usage';

type Command = (args: string[], io: CliIo) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  validate: validateCommand,
  types: typesCommand,
  test: testCommand,
  serve: serveCommand,
  import: importCommand,
};

/**
 * Runs the `fingerpost` command line and returns its exit code.
 * @example process.exitCode = await main(['validate', 'journey.json'], { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });
 */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    (name === undefined ? io.stderr : io.stdout).write(USAGE);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr.write(`fingerpost: unknown command "${name}"\n\n${USAGE}`);
    return EXIT.usage;
  }
  try {
    return await command(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`fingerpost ${name}: ${error.message}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}
