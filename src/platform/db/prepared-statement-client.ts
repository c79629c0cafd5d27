// A pg client that runs parameterised queries as named prepared statements, so PostgreSQL parses and plans
// each distinct statement once per connection instead of at every execution (the order path's CTEs cost
// more to plan than to run). Statements are named by a hash of their text.
import { createHash } from 'node:crypto';
import pg from 'pg';

const names = new Map<string, string>();
const MAX_REMEMBERED = 5_000;

function statementName(text: string): string {
  let name = names.get(text);
  if (name === undefined) {
    name = `e_${createHash('sha1').update(text).digest('base64url').slice(0, 24)}`;
    if (names.size >= MAX_REMEMBERED) names.clear();
    names.set(text, name);
  }
  return name;
}

export class PreparedStatementClient extends pg.Client {
  // biome-ignore lint/suspicious/noExplicitAny: pg's query() has a dozen overloads; this forwards all of them
  override query(config: any, values?: any, callback?: any): any {
    if (typeof config === 'string' && Array.isArray(values) && values.length > 0) {
      return super.query({ name: statementName(config), text: config, values }, callback);
    }
    return super.query(config, values, callback);
  }
}
