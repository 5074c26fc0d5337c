/**
 * The environment assignments and Node flags package.json's "start" script runs the API with
 * (`A=b node --flag … dist/apps/api/src/main.js`), read from the file so that what measures or
 * tests "npm start" (bench:start, the embedded memory test) never runs it differently.
 */
export interface StartCommand {
  env: Record<string, string>;
  flags: string[];
}

export function startCommand(packageJson: string): StartCommand {
  const pkg = JSON.parse(packageJson) as { scripts: Record<string, string> };
  const command = /(?:^|&&)\s*((?:\w+=\S+\s+)*)node\s+((?:--\S+\s+)*)dist\/apps\/api\/src\/main\.js/.exec(
    pkg.scripts['start'] ?? '',
  );
  if (!command) throw new Error(`package.json's "start" script does not run dist/apps/api/src/main.js`);
  return { env: parseAssignments(command[1]!), flags: words(command[2]!) };
}

/** `A=1 B=2` as an environment. */
export function parseAssignments(text: string): Record<string, string> {
  return Object.fromEntries(words(text).map((word) => word.split('=', 2) as [string, string]));
}

const words = (text: string) => text.split(/\s+/).filter(Boolean);
