import { SelectField } from "@/components/ui/select-field";
import { SwitchField } from "@/components/ui/switch-field";
import {
  SELECT_FILTERS,
  SUCCESS_ONLY_HINT,
  SUCCESS_ONLY_LABEL,
  type EvidenceFilterOptions,
  type EvidenceFilters,
  type SelectFilterKey,
} from "@/lib/views/evidence-filters";
import styles from "./evidence.module.css";

type Props = {
  filters: EvidenceFilters;
  options: EvidenceFilterOptions;
  onSelect: (key: SelectFilterKey, value: string | null) => void;
  onSuccessOnly: (on: boolean) => void;
  onClear: () => void;
};

/** The runs table's filters: one select per field ("all" first) and the success-like switch. */
export function RunFilters({ filters, options, onSelect, onSuccessOnly, onClear }: Props) {
  const active = SELECT_FILTERS.some((f) => filters[f.key] !== null) || filters.successOnly;
  return (
    <fieldset className={styles.filters}>
      <legend>Filter the runs</legend>
      <div className={styles.filterGrid}>
        {SELECT_FILTERS.map((f) => (
          <SelectField
            key={f.key}
            id={`filter-${f.key}`}
            label={f.label}
            value={filters[f.key] ?? ""}
            options={[{ value: "", label: f.all }, ...options[f.key]]}
            onChange={(value) => onSelect(f.key, value === "" ? null : value)}
          />
        ))}
      </div>
      <div className={styles.filterRow}>
        <SwitchField id="filter-success-only" label={SUCCESS_ONLY_LABEL} checked={filters.successOnly} onChange={onSuccessOnly} hint={SUCCESS_ONLY_HINT} />
        <button type="button" onClick={onClear} disabled={!active}>
          Clear filters
        </button>
      </div>
    </fieldset>
  );
}
