/** The options of a select of architectures, by label (the pilot form and a run log's design). */
export function ArchitectureOptions({ architectures }: { architectures: readonly { architecture: string; label: string }[] }) {
  return (
    <>
      {architectures.map((a) => (
        <option key={a.architecture} value={a.architecture}>
          {a.label}
        </option>
      ))}
    </>
  );
}
