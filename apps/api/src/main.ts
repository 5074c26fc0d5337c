import 'reflect-metadata';
import { ConfigError, PinoLoggerService, createHttpApp, createPino, loadConfig, type AppConfig } from '#core';
import { AppModule } from './app.module.js';

function readConfig(): AppConfig {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      // One clear line naming the variable, and a non-zero exit: nothing else starts.
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

async function bootstrap(): Promise<void> {
  const config = readConfig();
  const pino = createPino(config);
  const logger = new PinoLoggerService(pino);
  const app = await createHttpApp(AppModule.forRoot(config), config, logger);
  await app.listen({ port: config.port, host: config.host });
  const where = `http://${config.host}:${config.port}`;
  pino.info(
    { url: `${where}/graphql`, database: config.database.kind, graphiql: config.graphiql },
    `Practice Exchange API listening on ${where}/graphql${config.graphiql ? ' (GraphiQL: open it in a browser)' : ''}`,
  );
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(
    `Failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
