import type { z } from "zod";
import {
  BenchmarkCatalogSchema,
  isKimBenchmark,
  isKimModel,
  KimBenchmarkSchema,
  KimModelSchema,
  ModelCatalogSchema,
  type BenchmarkCatalogEntry,
  type ModelCatalogEntry,
} from "./catalog-schemas";
import { kimRows } from "./catalog-checks";
import { normalizeDataText, parseCsv, type RowSchema } from "./csv";
import { crossCheck } from "./cross-checks";
import { DataError, type DataIssue } from "./data-error";
import {
  ArchitectureSchema,
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
import { StudyRunSchema, StudySchema, type Study, type StudyRun } from "./study-schemas";

/** The files of data/, by the key the dataset stores them under. */
export const DATA_FILES = {
  benchmarks: { file: "benchmarks.csv", schema: BenchmarkCatalogSchema },
  architectures: { file: "architectures.csv", schema: ArchitectureSchema },
  models: { file: "models.csv", schema: ModelCatalogSchema },
  runs: { file: "runs.csv", schema: RunSchema },
  taskResults: { file: "task-results.csv", schema: TaskResultSchema },
  prices: { file: "prices.csv", schema: PriceSchema },
  paperFits: { file: "paper-fits.csv", schema: PaperFitReferenceSchema },
  paperCoefficients: { file: "paper-coefficients.csv", schema: PaperCoefficientReferenceSchema },
  studies: { file: "studies.csv", schema: StudySchema },
  studyRuns: { file: "study-runs.csv", schema: StudyRunSchema },
} as const;

export type DataFileKey = keyof typeof DATA_FILES;
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

/** Everything in data/, validated. Plain JSON: it crosses from server to client unchanged. */
export type Dataset = {
  /** Content hash of the files, e.g. "3f9a1c07b2e4"; pins share links and fitted models to this data. */
  version: string;
  /** The six benchmarks of Kim et al.'s runs, with the fields the model code reads. */
  benchmarks: Benchmark[];
  architectures: Architecture[];
  /** The models of Kim et al.'s catalog (in its runs or held out), each with its capability index. */
  models: Model[];
  /** Kim et al.'s 270 configurations, exactly: the runs every fit of the model code uses. */
  runs: Run[];
  taskResults: TaskResult[];
  prices: Price[];
  paperFits: PaperFitReference[];
  paperCoefficients: PaperCoefficientReference[];
  /** Every benchmark of the evidence (Kim's six and the other studies'), with tools and rubric rating. */
  benchmarkCatalog: BenchmarkCatalogEntry[];
  /** Every model of the evidence; a model only other studies ran may have no capability index. */
  modelCatalog: ModelCatalogEntry[];
  /** The studies of the evidence, Kim et al. included. */
  studies: Study[];
  /** The other studies' printed cells and Kim et al.'s runs outside the 270. */
  studyRuns: StudyRun[];
};

export type DatasetTables = Omit<Dataset, "version">;

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
