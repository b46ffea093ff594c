/**
 * nianbao.sqlite: the records as relational tables, for SQL over a whole batch.
 * Child tables repeat file/agency/year so most questions need no join.
 * Offsets are original offsets (as in reports.jsonl); `start`/`end` are renamed
 * `start_offset`/`end_offset` because END is an SQL keyword.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { metricName } from '../model/metrics.js';
import type { ReportRecord } from '../model/types.js';
import { latestPerFile } from './jsonl.js';
import { evidenceOf, evidenceText, tableOfMetric, themeList, type ThemedRecord } from './rows.js';
import { nameOf, RULE_NAMES } from './lexicon.js';
import { textOf, type OutputExtras, type ThemesSummaryLike } from './types.js';

export const SCHEMA = `
-- One row per input file (ok or error).
CREATE TABLE reports (
  id            INTEGER PRIMARY KEY,
  file          TEXT NOT NULL UNIQUE,   -- path as given
  status        TEXT NOT NULL,          -- ok | error | skipped
  error         TEXT,                   -- why it failed, one sentence (Chinese)
  error_reason  TEXT,                   -- empty | binary | unsupported | undecodable | corrupt | no-text-layer | not-found | internal
  agency        TEXT,                   -- issuing body as written (or as a metadata list gives it)
  body          TEXT,                   -- canonical body: region-qualified name (江苏省淮安市洪泽区人民政府)
  province      TEXT,                   -- the body's province, city, county where known
  city          TEXT,
  county        TEXT,
  body_kind     TEXT,                   -- 政府 | 政府办公室 | 部门 | 乡镇街道 | 开发区 | 其他
  agency_origin TEXT,                   -- where agency came from: text | meta | filename | url
  year_origin   TEXT,                   -- where year came from: text | meta | filename | url
  duplicate_of  TEXT,                   -- file of the original when this file is a copy of another input's report
  year          INTEGER,                -- report year
  layout        TEXT,                   -- 2021 | 2019 | legacy | unknown
  title         TEXT,
  format        TEXT,                   -- txt | md | html | docx | doc | pdf
  encoding      TEXT,
  sha1          TEXT,
  tables_absent TEXT                    -- JSON: [{"id":"t3","reason":"image"}]
);

-- Report sections (一、总体情况 …) with original offsets.
CREATE TABLE sections (
  report_id    INTEGER NOT NULL REFERENCES reports(id),
  file         TEXT NOT NULL,
  n            INTEGER NOT NULL,        -- 1…6
  heading      TEXT,
  start_offset INTEGER,
  end_offset   INTEGER
);

-- Table cells in long form: one row per report and metric key (t2.*, t3.*, t4.*).
-- value is NULL for a cell that was printed but unreadable ('/', '—', '无', blank); raw then holds its text.
CREATE TABLE tables (
  report_id   INTEGER NOT NULL REFERENCES reports(id),
  file        TEXT NOT NULL,
  agency      TEXT,
  year        INTEGER,
  table_id    TEXT,                     -- t2 | t3 | t4
  metric      TEXT NOT NULL,            -- e.g. t3.total.new_received
  metric_name TEXT,                     -- Chinese name of the metric
  value       REAL,
  raw         TEXT
);

-- Figures stated in the prose.
CREATE TABLE claims (
  report_id    INTEGER NOT NULL REFERENCES reports(id),
  file         TEXT NOT NULL,
  agency       TEXT,
  year         INTEGER,
  text         TEXT NOT NULL,           -- the phrase, e.g. 收到政府信息公开申请33件
  value        REAL NOT NULL,
  unit         TEXT,
  approx       TEXT,                    -- NULL exact | gt | lt | about
  metric       TEXT,                    -- metric key or NULL
  scope        TEXT,                    -- report | other
  aside        INTEGER,                 -- 1: beside the year's own figures (last year's, a change, an average, a target), linked to no cell
  start_offset INTEGER NOT NULL,
  end_offset   INTEGER NOT NULL
);

-- What the checks found.
CREATE TABLE findings (
  report_id INTEGER NOT NULL REFERENCES reports(id),
  file      TEXT NOT NULL,
  agency    TEXT,
  year      INTEGER,
  rule      TEXT NOT NULL,              -- e.g. prose_vs_table, t4_group_sum
  severity  TEXT NOT NULL,              -- error | warning | info
  status    TEXT NOT NULL,              -- fail | not_assessable
  metric    TEXT,
  message   TEXT NOT NULL,              -- Chinese, for a person
  expected  REAL,
  actual    REAL,
  evidence  TEXT,                       -- JSON: [{"start":812,"end":826}] (original offsets)
  id        TEXT,                       -- stable finding id (report content hash + rule + metric + evidence text)
  rule_name TEXT,                       -- Chinese name of the rule
  evidence_text TEXT,                   -- the text under the evidence spans, when known
  decision  TEXT,                       -- confirmed | dismissed | NULL (from analyze --decisions)
  decision_reason  TEXT,
  decision_comment TEXT
);

-- Reviewers' decisions given with analyze --decisions, including those whose finding disappeared (present = 0).
CREATE TABLE decisions (
  id       TEXT PRIMARY KEY,            -- finding id
  status   TEXT,                        -- confirmed | dismissed | NULL (comment only)
  reason   TEXT,
  comment  TEXT,
  at       TEXT,                        -- when decided (ISO)
  present  INTEGER NOT NULL,            -- 1 when the finding is in this batch
  file     TEXT,
  agency   TEXT,
  year     INTEGER,
  rule     TEXT,
  message  TEXT
);

-- Problem statements from section 五, with the theme they were clustered into.
CREATE TABLE problems (
  report_id    INTEGER NOT NULL REFERENCES reports(id),
  file         TEXT NOT NULL,
  agency       TEXT,
  year         INTEGER,
  text         TEXT NOT NULL,
  period       TEXT NOT NULL,           -- current | previous | measure
  theme        TEXT REFERENCES themes(id),
  start_offset INTEGER,
  end_offset   INTEGER
);

-- Cross-corpus problem themes (themes.json).
CREATE TABLE themes (
  id       TEXT PRIMARY KEY,
  label    TEXT,
  size     INTEGER,                     -- problem statements in the theme
  share    REAL,                        -- size / all clustered statements
  terms    TEXT,                        -- JSON array of key terms
  agencies TEXT,                        -- JSON array
  years    TEXT,                        -- JSON array
  examples TEXT                         -- JSON array of {text, agency, year, file}
);

CREATE INDEX reports_agency ON reports(agency);
CREATE INDEX reports_year ON reports(year);
CREATE INDEX sections_file ON sections(file);
CREATE INDEX tables_file ON tables(file);
CREATE INDEX tables_metric ON tables(metric);
CREATE INDEX tables_agency_year ON tables(agency, year);
CREATE INDEX claims_file ON claims(file);
CREATE INDEX claims_metric ON claims(metric);
CREATE INDEX claims_agency_year ON claims(agency, year);
CREATE INDEX findings_file ON findings(file);
CREATE INDEX findings_id ON findings(id);
CREATE INDEX findings_rule ON findings(rule);
CREATE INDEX findings_metric ON findings(metric);
CREATE INDEX findings_agency_year ON findings(agency, year);
CREATE INDEX problems_file ON problems(file);
CREATE INDEX problems_theme ON problems(theme);
CREATE INDEX problems_agency_year ON problems(agency, year);
`.trim();

const json = (v: unknown): string | null => (v === undefined ? null : JSON.stringify(v));

/** Where the indexes start in SCHEMA: they are built once the rows are in, one sort per index rather than a tree update per row. */
const FIRST_INDEX = SCHEMA.indexOf('CREATE INDEX');

type Extras = Pick<OutputExtras, 'decisions' | 'orphanDecisions' | 'texts'>;

function statements(db: Database.Database) {
  return {
    report: db.prepare(
      `INSERT INTO reports (file, status, error, error_reason, agency, body, province, city, county, body_kind, agency_origin, year_origin, duplicate_of, year, layout, title, format, encoding, sha1, tables_absent)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    section: db.prepare(`INSERT INTO sections VALUES (?, ?, ?, ?, ?, ?)`),
    cell: db.prepare(`INSERT INTO tables VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    claim: db.prepare(`INSERT INTO claims VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    finding: db.prepare(`INSERT INTO findings VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    decision: db.prepare(`INSERT OR REPLACE INTO decisions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    problem: db.prepare(`INSERT INTO problems VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    theme: db.prepare(`INSERT INTO themes VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
  };
}
type Statements = ReturnType<typeof statements>;

function insertThemes(ins: Statements, records: readonly ThemedRecord[], themes: ThemesSummaryLike | null | undefined): void {
  for (const t of themeList(records, themes))
    ins.theme.run(t.id, t.label ?? null, t.size ?? null, t.share ?? null, json(t.terms), json(t.agencies), json(t.years), json(t.examples));
}

/** A record's row and those of its parts that do not depend on the themes; returns the report's id. */
function insertRecord(ins: Statements, r: ReportRecord, texts: Extras['texts']): number {
  const id = Number(
    ins.report.run(
      r.file, r.status, r.error ?? null, r.errorReason ?? null, r.agency ?? null, r.body?.name ?? null, r.body?.province ?? null,
      r.body?.city ?? null, r.body?.county ?? null, r.body?.kind ?? null, r.origin?.agency ?? null, r.origin?.year ?? null,
      r.duplicateOf ?? null, r.year ?? null, r.layout ?? null,
      r.title ?? null, r.format ?? null, r.encoding ?? null, r.sha1 ?? null, json(r.tablesAbsent),
    ).lastInsertRowid,
  );
  const who = [r.file, r.agency ?? null, r.year ?? null] as const;
  const text = r.findings?.some((f) => evidenceOf(f).length) ? textOf(texts, r.file) : undefined;
  for (const s of r.sections ?? []) ins.section.run(id, r.file, s.n, s.heading, s.start, s.end);
  for (const [m, v] of Object.entries(r.tables ?? {})) ins.cell.run(id, ...who, tableOfMetric(m), m, metricName(m), v, null);
  for (const [m, raw] of Object.entries(r.unreadableCells ?? {}))
    ins.cell.run(id, ...who, tableOfMetric(m), m, metricName(m), null, raw);
  for (const c of r.claims ?? [])
    ins.claim.run(id, ...who, c.text, c.value, c.unit, c.approx, c.metric, c.scope ?? null, c.aside ? 1 : null, c.start, c.end);
  for (const f of r.findings ?? [])
    ins.finding.run(
      id, ...who, f.rule, f.severity, f.status ?? 'fail', f.metric ?? null, f.message, f.expected ?? null, f.actual ?? null,
      json(evidenceOf(f).map((s) => ({ start: s.start, end: s.end }))),
      f.id ?? null, nameOf(RULE_NAMES, f.rule), evidenceText(r, f, text), f.decision?.status ?? null, f.decision?.reason ?? null,
      f.decision?.comment ?? null,
    );
  return id;
}

function insertProblems(ins: Statements, id: number, r: ThemedRecord): void {
  for (const p of r.problems ?? []) ins.problem.run(id, r.file, r.agency ?? null, r.year ?? null, p.text, p.period, p.theme ?? null, p.start, p.end);
}

function insertDecisions(ins: Statements, extras: Extras): void {
  const orphans = new Set((extras.orphanDecisions ?? []).map((d) => d.id));
  for (const d of extras.decisions ?? [])
    ins.decision.run(
      d.id, d.status, d.reason ?? null, d.comment ?? null, d.at ?? null, orphans.has(d.id) ? 0 : 1, d.file ?? null, d.agency ?? null,
      d.year ?? null, d.rule ?? null, d.message ?? null,
    );
}

/** Fills an open database (schema created here). Exposed so tests and callers can use ':memory:'. */
export function fillDatabase(db: Database.Database, records: readonly ReportRecord[], themes?: ThemesSummaryLike | null, extras: Extras = {}): void {
  db.exec(SCHEMA.slice(0, FIRST_INDEX));
  const ins = statements(db);
  const fill = db.transaction(() => {
    insertThemes(ins, records, themes);
    for (const r of latestPerFile(records)) insertProblems(ins, insertRecord(ins, r, extras.texts), r);
    insertDecisions(ins, extras);
    db.exec(SCHEMA.slice(FIRST_INDEX));
  });
  fill();
}

/** A new database at `path` (an existing file is replaced), set for writing afresh. */
function openFresh(path: string): Database.Database {
  mkdirSync(dirname(path), { recursive: true });
  for (const p of [path, `${path}-journal`, `${path}-wal`, `${path}-shm`]) if (existsSync(p)) rmSync(p);
  const db = new Database(path);
  try {
    db.pragma('journal_mode = DELETE');
    // a file written afresh each run: no need to wait for the disk at every page (the content is the same)
    db.pragma('synchronous = OFF');
  } catch (e) {
    db.close();
    throw e;
  }
  return db;
}

/** Writes nianbao.sqlite afresh at `path` (an existing file is replaced). */
export function writeSqlite(path: string, records: readonly ReportRecord[], themes?: ThemesSummaryLike | null, extras: Extras = {}): string {
  const db = openFresh(path);
  try {
    fillDatabase(db, records, themes, extras);
  } finally {
    db.close();
  }
  return path;
}

/**
 * nianbao.sqlite in two steps, for a writer that gets the records before their themes are known (writer-worker.ts):
 * `first` inserts all that does not depend on the themes (records given latest per file, as writeOutputs has them),
 * `finish` the themes and the problems, from no more of each record than its file, agency, year and problems, in
 * the same order, then builds the indexes. The tables hold the rows fillDatabase gives them, in the same order.
 */
export function sqliteInSteps(path: string): {
  first(records: readonly ReportRecord[], extras: Extras): void;
  finish(records: readonly ThemedRecord[], themes: ThemesSummaryLike | null | undefined): string;
  /** Closes the database after a failure. */
  abandon(): void;
} {
  const db = openFresh(path);
  let ids: number[] = [];
  try {
    db.exec(SCHEMA.slice(0, FIRST_INDEX));
  } catch (e) {
    db.close();
    throw e;
  }
  const ins = statements(db);
  return {
    first: (records, extras) => {
      db.transaction(() => {
        ids = records.map((r) => insertRecord(ins, r, extras.texts));
        insertDecisions(ins, extras);
      })();
    },
    finish: (records, themes) => {
      if (records.length !== ids.length) throw new Error(`nianbao.sqlite: ${ids.length} reports inserted, ${records.length} given with their themes`);
      try {
        db.transaction(() => {
          insertThemes(ins, records, themes);
          records.forEach((r, i) => insertProblems(ins, ids[i] ?? i + 1, r));
          db.exec(SCHEMA.slice(FIRST_INDEX));
        })();
      } finally {
        db.close();
      }
      return path;
    },
    abandon: () => {
      if (db.open) db.close();
    },
  };
}
