import { parseCsv, type RowSchema } from "./csv";
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

/** Builds the texts of every data file by calling `read` with each file's name and key. */
export function collectDataTexts(read: (file: string, key: DataFileKey) => string): DataTexts {
  const text = (key: DataFileKey) => read(DATA_FILES[key].file, key);
  return {
    benchmarks: text("benchmarks"),
    architectures: text("architectures"),
    models: text("models"),
    runs: text("runs"),
    taskResults: text("taskResults"),
    prices: text("prices"),
    paperFits: text("paperFits"),
    paperCoefficients: text("paperCoefficients"),
  };
}

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
  const read = <S extends RowSchema>(key: DataFileKey, schema: S) => {
    const result = parseCsv(texts[key], `${dir}/${DATA_FILES[key].file}`, schema);
    issues.push(...result.issues);
    return result.rows;
  };
  const tables: DatasetTables = {
    benchmarks: read("benchmarks", DATA_FILES.benchmarks.schema),
    architectures: read("architectures", DATA_FILES.architectures.schema),
    models: read("models", DATA_FILES.models.schema),
    runs: read("runs", DATA_FILES.runs.schema),
    taskResults: read("taskResults", DATA_FILES.taskResults.schema),
    prices: read("prices", DATA_FILES.prices.schema),
    paperFits: read("paperFits", DATA_FILES.paperFits.schema),
    paperCoefficients: read("paperCoefficients", DATA_FILES.paperCoefficients.schema),
  };
  if (issues.length === 0) {
    const fileOf = (key: DataFileKey) => `${dir}/${DATA_FILES[key].file}`;
    issues.push(...crossCheck(tables, fileOf));
  }
  if (issues.length > 0) throw new DataError(issues);
  return { version, ...tables };
}
