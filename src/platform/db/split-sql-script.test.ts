// Splitting migration scripts into statements: semicolons inside strings, quoted identifiers, comments and
// dollar-quoted bodies never split; comments are dropped; empty statements vanish.
import { describe, expect, it } from 'vitest';
import { splitSqlScript } from './split-sql-script.ts';

describe('splitSqlScript', () => {
  it('splits plain statements and trims them', () => {
    expect(splitSqlScript('CREATE TABLE a (id int);\n  CREATE TABLE b (id int) ;\nSELECT 1')).toEqual([
      'CREATE TABLE a (id int)',
      'CREATE TABLE b (id int)',
      'SELECT 1',
    ]);
  });

  it('drops empty statements and a script of only whitespace and comments', () => {
    expect(splitSqlScript(';;\n ; SELECT 1;;')).toEqual(['SELECT 1']);
    expect(splitSqlScript('  \n-- nothing here;\n/* nor; here */\n')).toEqual([]);
    expect(splitSqlScript('')).toEqual([]);
  });

  it('keeps semicolons inside single-quoted strings, with doubled quotes', () => {
    expect(splitSqlScript("INSERT INTO t VALUES ('a;b'); INSERT INTO t VALUES ('it''s; fine');")).toEqual([
      "INSERT INTO t VALUES ('a;b')",
      "INSERT INTO t VALUES ('it''s; fine')",
    ]);
  });

  it('keeps comment markers inside strings', () => {
    expect(splitSqlScript("SELECT '-- not a comment;'; SELECT '/* nor this; */'")).toEqual(["SELECT '-- not a comment;'", "SELECT '/* nor this; */'"]);
  });

  it('keeps backslash-escaped quotes inside E strings, and only there', () => {
    expect(splitSqlScript("SELECT E'it\\'s; escaped'; SELECT e'\\\\'; SELECT 'a\\'; SELECT 3")).toEqual([
      "SELECT E'it\\'s; escaped'",
      "SELECT e'\\\\'",
      "SELECT 'a\\'",
      'SELECT 3',
    ]);
    // An identifier ending in e before a string is not an E string.
    expect(splitSqlScript("SELECT * FROM t WHERE name='\\'; SELECT 2")).toEqual(["SELECT * FROM t WHERE name='\\'", 'SELECT 2']);
  });

  it('keeps semicolons inside quoted identifiers', () => {
    expect(splitSqlScript('CREATE TABLE "odd;name" ("a""b;c" int); SELECT 1')).toEqual(['CREATE TABLE "odd;name" ("a""b;c" int)', 'SELECT 1']);
  });

  it('drops line and block comments, including ones holding semicolons and quotes', () => {
    const script = `-- header; with a semicolon and a quote '
CREATE TABLE a (id int); -- trailing; comment
/* a block; comment
   over lines with 'quotes' and $$dollars$$ */
CREATE TABLE b (id int /* inline; */);`;
    expect(splitSqlScript(script)).toEqual(['CREATE TABLE a (id int)', 'CREATE TABLE b (id int )']);
  });

  it('keeps a $$ function body whole', () => {
    const body = `CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.updated_at := now(); -- a comment inside the body; kept
  RAISE NOTICE 'done; really';
  RETURN NEW;
END;
$$`;
    expect(splitSqlScript(`${body};\nSELECT 1;`)).toEqual([body, 'SELECT 1']);
  });

  it('keeps tagged dollar quotes whole, including $$ nested inside another tag', () => {
    const fn = `CREATE FUNCTION f() RETURNS text LANGUAGE sql AS $fn$ SELECT $$a;b$$ || ';' $fn$`;
    const doBlock = `DO $body_1$ BEGIN PERFORM 1; END $body_1$`;
    expect(splitSqlScript(`${fn}; ${doBlock}; SELECT 2`)).toEqual([fn, doBlock, 'SELECT 2']);
  });

  it('does not mistake a positional parameter or a $ inside an identifier for a dollar quote', () => {
    expect(splitSqlScript('PREPARE p AS SELECT $1::int; EXECUTE p(1);')).toEqual(['PREPARE p AS SELECT $1::int', 'EXECUTE p(1)']);
    expect(splitSqlScript('SELECT a$b$c FROM t; SELECT 2')).toEqual(['SELECT a$b$c FROM t', 'SELECT 2']);
  });

  it('splits the project’s own migrations into statements PostgreSQL accepts (no stray comment or empty statement)', async () => {
    const { listMigrationFiles } = await import('./migrate.ts');
    const { readFileSync } = await import('node:fs');
    const files = listMigrationFiles();
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const file of files) {
      const statements = splitSqlScript(readFileSync(file.path, 'utf8'));
      expect(statements.length, file.name).toBeGreaterThan(0);
      for (const statement of statements) {
        expect(statement, file.name).not.toBe('');
        expect(statement.startsWith('--'), file.name).toBe(false);
        expect(statement, file.name).toMatch(/^[A-Z(]/i);
      }
    }
  });
});
