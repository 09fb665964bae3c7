import { parseCsv } from "./csv";
import { crossCheck } from "./cross-checks";
import { DataError, type DataIssue } from "./data-error";
import {
  ArchitectureSchema,
  BenchmarkSchema,
  ModelSchema,
  PaperCoefficientReferenceSchema,
  PaperFitReferenceSchema,
  PriceSchema,
  RunSchema,
  TaskResultSchema,
  type Architecture,
  type Benchmark,
  type Model,
  type PaperCoefficientReference,
  type PaperFitReference,
  type Price,
  type Run,
  type TaskResult,
} from "./schemas";

/** The files of data/, by the key the dataset stores them under. */
export const DATA_FILES = {
  benchmarks: { file: "benchmarks.csv", schema: BenchmarkSchema },
  architectures: { file: "architectures.csv", schema: ArchitectureSchema },
  models: { file: "models.csv", schema: ModelSchema },
  runs: { file: "runs.csv", schema: RunSchema },
  taskResults: { file: "task-results.csv", schema: TaskResultSchema },
  prices: { file: "prices.csv", schema: PriceSchema },
  paperFits: { file: "paper-fits.csv", schema: PaperFitReferenceSchema },
  paperCoefficients: { file: "paper-coefficients.csv", schema: PaperCoefficientReferenceSchema },
} as const;

export type DataFileKey = keyof typeof DATA_FILES;
export type DataTexts = Record<DataFileKey, string>;

/** Everything in data/, validated. Plain JSON: it crosses from server to client unchanged. */
export type Dataset = {
  /** Content hash of the files, e.g. "3f9a1c07b2e4"; pins share links and fitted models to this data. */
  version: string;
  benchmarks: Benchmark[];
  architectures: Architecture[];
  models: Model[];
  runs: Run[];
  taskResults: TaskResult[];
  prices: Price[];
  paperFits: PaperFitReference[];
  paperCoefficients: PaperCoefficientReference[];
};

export type DatasetTables = Omit<Dataset, "version">;

/**
 * Parses and cross-checks the texts of every data file. Throws a DataError listing every problem
 * (file, row, field) when any file is malformed or the files disagree with each other.
 * `dir` only prefixes file names in messages, e.g. "data" gives "data/runs.csv".
 */
export function parseDataset(texts: DataTexts, version: string, dir = "data"): Dataset {
  const issues: DataIssue[] = [];
  const read = <K extends DataFileKey>(key: K) => {
    const { file, schema } = DATA_FILES[key];
    const result = parseCsv(texts[key], `${dir}/${file}`, schema);
    issues.push(...result.issues);
    return result.rows;
  };
  const tables: DatasetTables = {
    benchmarks: read("benchmarks"),
    architectures: read("architectures"),
    models: read("models"),
    runs: read("runs"),
    taskResults: read("taskResults"),
    prices: read("prices"),
    paperFits: read("paperFits"),
    paperCoefficients: read("paperCoefficients"),
  };
  if (issues.length === 0) {
    const fileOf = (key: DataFileKey) => `${dir}/${DATA_FILES[key].file}`;
    issues.push(...crossCheck(tables, fileOf));
  }
  if (issues.length > 0) throw new DataError(issues);
  return { version, ...tables };
}
