// Counts the statements a database handle sends: the cost of a use case on PostgreSQL is mostly its round trips, and
// a count is a figure a test can hold exactly where a time could not be.
import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs } from 'kysely';

export interface StatementCounter {
  /** Pass to `db.withPlugin(...)`: every statement sent through that handle is counted. */
  plugin: KyselyPlugin;
  count: number;
}

export function statementCounter(): StatementCounter {
  const counter: StatementCounter = {
    count: 0,
    plugin: {
      transformQuery: (args: PluginTransformQueryArgs) => {
        counter.count++;
        return args.node;
      },
      transformResult: async (args: PluginTransformResultArgs) => args.result,
    },
  };
  return counter;
}
