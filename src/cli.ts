/**
 * The copydesk command line: `copydesk page.html [--url URL]` (or `-` for stdin) prints the
 * Article as JSON. The only module that uses Node built-ins.
 */
import { readFileSync } from 'node:fs';
import { parseArticle } from './index';

const USAGE = `Usage: copydesk <file.html | -> [--url URL] [--compact]

Prints the article of an HTML page as JSON.
  <file.html>   the page to read ("-" reads standard input)
  --url URL     the URL the page was fetched from (makes links absolute)
  --compact     one line of JSON instead of indented output
  -h, --help    this help`;

interface CliArgs {
  file: string | null;
  url: string | undefined;
  compact: boolean;
  help: boolean;
}

function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = { file: null, url: undefined, compact: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '-h' || arg === '--help') args.help = true;
    else if (arg === '--compact') args.compact = true;
    else if (arg === '--url') args.url = argv[++i];
    else if (arg.startsWith('--url=')) args.url = arg.slice('--url='.length);
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else if (args.file === null) args.file = arg;
    else throw new Error(`unexpected argument ${arg}`);
  }
  return args;
}

function main(): number {
  let args: CliArgs;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`copydesk: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (args.file === null) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(args.file === '-' ? 0 : args.file);
  } catch (error) {
    process.stderr.write(`copydesk: cannot read ${args.file}: ${(error as Error).message}\n`);
    return 1;
  }
  try {
    const article = parseArticle(bytes, { url: args.url });
    process.stdout.write(`${JSON.stringify(article, null, args.compact ? 0 : 2)}\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`copydesk: ${(error as Error).message}\n`);
    return 1;
  }
}

process.exitCode = main();
