// `outsidein export --format parquet` read back by an independent reader: hyparquet (pure JavaScript, pinned in
// package-lock.json), not DuckDB, which wrote the files. Every table must hold what the model holds: row counts
// against the model file itself, and every value against the JSON export of the same model (whose figures the Java
// tests check against the core's own computations).
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects } from 'hyparquet';
import { outsidein, root, temporaryFolder } from './browser.mjs';

const TABLES = ['customers', 'employees', 'role_assignments', 'outcomes', 'answers', 'responses'];
const HOSTILE = [
  'O\'Brien, "Ice" & Co.',
  'Line one\nline two, with a comma',
  'Zoë Ærøskøbing 中文 🏔',
  '"Quoted" at the start',
];

/** Exports a model as Parquet and as JSON into one folder; returns the Parquet rows and the JSON document. */
async function exportBoth(model, stem) {
  const folder = temporaryFolder();
  const printed = outsidein('export', model, '--format', 'parquet', '--out', folder).split('\n');
  assert.deepEqual(printed, TABLES.map((t) => join(folder, `${stem}-${t.replace('_', '-')}.parquet`)).sort());
  outsidein('export', model, '--format', 'json', '--out', folder);
  const json = JSON.parse(readFileSync(join(folder, `${stem}.json`), 'utf8'));
  const tables = {};
  const schemas = {};
  for (const table of TABLES) {
    const file = await asyncBufferFromFile(join(folder, `${stem}-${table.replace('_', '-')}.parquet`));
    schemas[table] = (await parquetMetadataAsync(file)).schema;
    tables[table] = await parquetReadObjects({ file });
  }
  return { folder, tables, schemas, json };
}

/** A Parquet value as the JSON export writes the same cell: dates as yyyy-mm-dd, decimals as numbers. */
function asJson(value) {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'bigint') return Number(value);
  return value;
}

function assertSameRows(parquet, json, table) {
  assert.equal(parquet.length, json.length, `${table}: rows`);
  parquet.forEach((row, i) => {
    assert.deepEqual(Object.keys(row), Object.keys(json[i]), `${table}: columns`);
    for (const [column, value] of Object.entries(row)) {
      const expected = column === 'budget' && json[i][column] !== null ? Number(json[i][column]) : json[i][column];
      assert.deepEqual(asJson(value), expected, `${table} row ${i} ${column}`);
    }
  });
}

function typeOf(schema, column) {
  const element = schema.find((s) => s.name === column);
  return [element.type ?? null, element.converted_type ?? null];
}

const example = join(root, 'examples', 'cairnwood-outdoor.outsidein');
let cairnwood;
let hostile;
let fresh;
let responses;

/** XML attribute text, line breaks kept (a raw line break in an attribute would be read back as a space). */
const attribute = (text) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;')
  .replaceAll('\n', '&#10;');
const ACTIVITY = 'platform:/plugin/org.outsidein.core/library/outside-innovation.outsidein#role-lead-customers-1';

/** The example with two questionnaire respondents added to its 2026 assessment, as `answers import` keeps them. */
function exampleWithResponses(folder) {
  const said = (id, name, category, extra) => `<responses id="${id}" respondent="${attribute(name)}"`
    + ` departmentName="${attribute('R&D, "north"')}" answered="2026-03-01" source="answers-${id}.json">`
    + `<answers id="${id}-1" activity="${ACTIVITY}" category="${category}" ${extra}/></responses>`;
  const xmi = readFileSync(example, 'utf8').replace(/(<assessments [^>]*name="Self-assessment 2026"[^>]*>)/,
    '$1' + said('r1', HOSTILE[0], 'We Will', `plan="${attribute(HOSTILE[1])}" budget="1234.5" deliveryDate="2026-09-01"`
      + ` nextStep="Ask them" owner="${attribute(HOSTILE[2])}" deadline="2026-05-01"`)
    + said('r2', HOSTILE[3], 'We Can', ''));
  const model = join(folder, 'responses.outsidein');
  writeFileSync(model, xmi);
  return model;
}

before(async () => {
  cairnwood = await exportBoth(example, 'cairnwood-outdoor');

  const folder = temporaryFolder();
  const model = join(folder, 'hostile.outsidein');
  outsidein('new', model, '--name', 'Hostile "names", Ltd.', '--customer-base', '1000', '--headcount', '20');
  const quote = (cell) => `"${cell.replaceAll('"', '""')}"`;
  const rows = HOSTILE.map((name, i) => [`H-${i}`, name, 'Lead Customers (Collaborating) | Guides', i % 2 ? 'yes' : 'no']);
  const csv = [['external id', 'name', 'roles', 'lead user'], ...rows].map((r) => r.map(quote).join(',')).join('\r\n');
  writeFileSync(join(folder, 'crm.csv'), csv + '\r\n');
  outsidein('import', model, join(folder, 'crm.csv'));
  hostile = await exportBoth(model, 'hostile');

  const empty = join(folder, 'fresh.outsidein');
  outsidein('new', empty);
  fresh = await exportBoth(empty, 'fresh');
  responses = await exportBoth(exampleWithResponses(folder), 'responses');
});

test('the example: one row per element of the model file', () => {
  const xmi = readFileSync(example, 'utf8');
  const count = (tag) => (xmi.match(new RegExp(`<${tag}[ >]`, 'g')) ?? []).length;
  assert.equal(cairnwood.tables.customers.length, count('customers'));
  assert.equal(cairnwood.tables.employees.length, count('employees'));
  assert.equal(cairnwood.tables.role_assignments.length, count('roles'));
  assert.equal(cairnwood.tables.outcomes.length, count('outcomes'));
  assert.equal(cairnwood.tables.answers.length, count('answers'));
  assert.ok(cairnwood.tables.customers.length > 100);
});

test('the example: every value equals the JSON export of the same model', () => {
  for (const table of TABLES) {
    assertSameRows(cairnwood.tables[table], cairnwood.json.tables[table], table);
  }
});

test('columns have proper types, not all strings', () => {
  const { schemas } = cairnwood;
  assert.deepEqual(typeOf(schemas.customers, 'group_size'), ['INT32', 'INT_32']);
  assert.deepEqual(typeOf(schemas.customers, 'lead_user'), ['BOOLEAN', null]);
  assert.deepEqual(typeOf(schemas.customers, 'name'), ['BYTE_ARRAY', 'UTF8']);
  assert.deepEqual(typeOf(schemas.outcomes, 'importance'), ['DOUBLE', null]);
  assert.deepEqual(typeOf(schemas.answers, 'assessment_date'), ['INT32', 'DATE']);
  assert.deepEqual(typeOf(schemas.answers, 'budget'), ['FIXED_LEN_BYTE_ARRAY', 'DECIMAL']);
  assert.deepEqual(typeOf(schemas.role_assignments, 'since'), ['INT32', 'DATE']);
  assert.deepEqual(typeOf(schemas.role_assignments, 'outcome_ids'), [null, 'LIST']);
  assert.ok(cairnwood.tables.answers.some((row) => row.assessment_date instanceof Date));
  assert.ok(cairnwood.tables.customers.every((row) => typeof row.current_customer === 'boolean'));
});

test('names with quotes, commas, line breaks and unicode survive', () => {
  const { tables, json } = hostile;
  assert.deepEqual(tables.customers.map((c) => c.name), HOSTILE);
  assert.deepEqual(tables.customers.map((c) => c.external_id), HOSTILE.map((_, i) => `H-${i}`));
  assert.deepEqual(tables.customers.map((c) => c.lead_user), HOSTILE.map((_, i) => i % 2 === 1));
  assert.equal(tables.role_assignments.length, HOSTILE.length * 2);
  assert.deepEqual(tables.role_assignments.filter((r) => r.role === 'Guides').map((r) => r.customer), HOSTILE);
  assert.deepEqual(tables.role_assignments.filter((r) => r.role === 'Lead Customers').map((r) => r.depth),
    HOSTILE.map(() => 'Collaborating'));
  assert.equal(json.model.name, 'Hostile "names", Ltd.');
  for (const table of TABLES) {
    assertSameRows(tables[table], json.tables[table], table);
  }
});

test('a model fresh from outsidein new: every table there, empty', () => {
  for (const table of TABLES) {
    assert.equal(fresh.tables[table].length, 0, table);
    assert.ok(fresh.schemas[table].length > 1, `${table} keeps its columns`);
  }
  assert.deepEqual(readdirSync(fresh.folder).filter((f) => f.startsWith('.')), [], 'no staging folder left');
});

test('each questionnaire respondent\'s answers, as the model holds them', () => {
  const rows = responses.tables.responses;
  assert.equal(rows.length, 2);
  const [first, second] = rows;
  assert.equal(first.respondent, HOSTILE[0]);
  assert.equal(first.department, 'R&D, "north"');
  assert.equal(first.answered.toISOString().slice(0, 10), '2026-03-01');
  assert.equal(first.assessment, 'Self-assessment 2026');
  assert.equal(first.activity_id, 'role-lead-customers-1');
  assert.equal(first.area, 'Lead Customers');
  assert.equal(first.category, 'We Will');
  assert.equal(first.plan, HOSTILE[1]);
  assert.equal(first.budget, 1234.5);
  assert.equal(first.delivery_date.toISOString().slice(0, 10), '2026-09-01');
  assert.equal(first.owner, HOSTILE[2]);
  assert.equal(first.deadline.toISOString().slice(0, 10), '2026-05-01');
  assert.equal(second.respondent, HOSTILE[3]);
  assert.equal(second.category, 'We Can');
  assert.equal(second.budget, null);
  assert.equal(second.deadline, null);
  assertSameRows(rows, responses.json.tables.responses, 'responses');
});
