import type { Dataset } from "../../data/dataset";
import { dataVersion, defaultDataDir, loadDataset, readDataTexts } from "../../data/load";
import { processCached } from "../../process-cache";
import { diskCached, servedCodeKey } from "./disk-cache";

/**
 * The stored data, as loadDataset reads it, from the disk cache when this code and these data files
 * were parsed before (the files are read and hashed each time, a few milliseconds: any edit is a new
 * version and is parsed and checked again, with every DataError as before). Without a code key (code run
 * from its sources) it is loadDataset itself.
 */
export function servedDataset(dir: string = defaultDataDir()): Dataset {
  if (servedCodeKey() === null) return loadDataset(dir);
  const version = dataVersion(readDataTexts(dir));
  return processCached(`dataset:${dir}`, version, () => diskCached("dataset", version, () => loadDataset(dir)));
}
