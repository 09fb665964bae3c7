import { BenchmarkCatalogSchema, ModelCatalogSchema, type BenchmarkCatalogEntry, type ModelCatalogEntry } from "./catalog-schemas";
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

/*
 * The shape of data/: its files and the dataset they parse into. Apart from the parser (dataset.ts), so
 * that the cross-checks, which the parser calls, read the shape without importing the parser back.
 */

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
