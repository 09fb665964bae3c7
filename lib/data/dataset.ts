import type { z } from "zod";
import { isKimBenchmark, isKimModel, KimBenchmarkSchema, KimModelSchema } from "./catalog-schemas";
import { kimRows } from "./catalog-checks";
import { normalizeDataText, parseCsv, type RowSchema } from "./csv";
import { crossCheck } from "./cross-checks";
import { DataError, type DataIssue } from "./data-error";
import { DATA_FILES, type DataFileKey, type Dataset, type DatasetTables } from "./dataset-shape";

export { DATA_FILES, type DataFileKey, type Dataset } from "./dataset-shape";

export type DataTexts = Record<DataFileKey, string>;

/**
 * Builds the texts of every data file by calling `read` with each file's name and key, each normalised
 * (normalizeDataText: no byte-order mark, "\n" line ends). The data version key and the parser both read
 * these texts, so re-saving a file with a BOM or CRLF line ends changes neither the rows nor the key.
 */
export function collectDataTexts(read: (file: string, key: DataFileKey) => string): DataTexts {
  const text = (key: DataFileKey) => normalizeDataText(read(DATA_FILES[key].file, key));
  return {
    benchmarks: text("benchmarks"),
    architectures: text("architectures"),
    models: text("models"),
    runs: text("runs"),
    taskResults: text("taskResults"),
    prices: text("prices"),
    paperFits: text("paperFits"),
    paperCoefficients: text("paperCoefficients"),
    studies: text("studies"),
    studyRuns: text("studyRuns"),
  };
}


/**
 * Parses and cross-checks the texts of every data file. Throws a DataError listing every problem
 * (file, row, field) when any file is malformed or the files disagree with each other.
 * `dir` only prefixes file names in messages, e.g. "data" gives "data/runs.csv".
 */
export function parseDataset(texts: DataTexts, version: string, dir = "data"): Dataset {
  const issues: DataIssue[] = [];
  const fileOf = (key: DataFileKey) => `${dir}/${DATA_FILES[key].file}`;
  const read = <S extends RowSchema>(key: DataFileKey, schema: S) => {
    const result = parseCsv(texts[key], fileOf(key), schema);
    issues.push(...result.issues);
    return result.rows;
  };
  const benchmarkCatalog = read("benchmarks", DATA_FILES.benchmarks.schema);
  const modelCatalog = read("models", DATA_FILES.models.schema);
  const kim = <R, S extends z.ZodType>(rows: R[], isKim: (row: R) => boolean, schema: S, key: DataFileKey) => {
    const result = kimRows(rows, isKim, schema, fileOf(key));
    issues.push(...result.issues);
    return result.rows;
  };
  const tables: DatasetTables = {
    benchmarks: kim(benchmarkCatalog, isKimBenchmark, KimBenchmarkSchema, "benchmarks"),
    architectures: read("architectures", DATA_FILES.architectures.schema),
    models: kim(modelCatalog, isKimModel, KimModelSchema, "models"),
    runs: read("runs", DATA_FILES.runs.schema),
    taskResults: read("taskResults", DATA_FILES.taskResults.schema),
    prices: read("prices", DATA_FILES.prices.schema),
    paperFits: read("paperFits", DATA_FILES.paperFits.schema),
    paperCoefficients: read("paperCoefficients", DATA_FILES.paperCoefficients.schema),
    benchmarkCatalog,
    modelCatalog,
    studies: read("studies", DATA_FILES.studies.schema),
    studyRuns: read("studyRuns", DATA_FILES.studyRuns.schema),
  };
  if (issues.length === 0) issues.push(...crossCheck(tables, fileOf));
  if (issues.length > 0) throw new DataError(issues);
  return { version, ...tables };
}
