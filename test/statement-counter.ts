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
      transformQuery: (args: PluginTransformQueryArgs) => args.node,
      // Counted on the result: a query's subqueries pass through transformQuery too, but only a statement sent
      // comes back.
      transformResult: async (args: PluginTransformResultArgs) => {
        counter.count++;
        return args.result;
      },
    },
  };
  return counter;
}
