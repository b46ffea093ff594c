/**
 * The options the scripts under scripts/ take on the command line (`--name value`, `--flag`): read the same way in
 * each. (The CLI itself parses its options with commander.)
 */
const args = process.argv.slice(2);

/** The value after `--name`, or undefined when the option is not given. */
export function option(name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

/** `--name`'s value as a number, or `dflt` when the option is not given. */
export function numberOption(name: string, dflt: number): number {
  const v = option(name);
  return v === undefined ? dflt : Number(v);
}

/** Whether `--name` is given. */
export function flag(name: string): boolean {
  return args.includes(`--${name}`);
}
