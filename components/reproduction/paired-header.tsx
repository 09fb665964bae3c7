/** Table head with a first column, then a "reproduced" and a "printed" column per fit. */
export function PairedHeader({ first, fits }: { first: string; fits: readonly string[] }) {
  return (
    <thead>
      <tr>
        <th scope="col" className="text">
          {first}
        </th>
        {fits.map((fit) => [
          <th scope="col" key={`${fit}-r`}>
            {fit} reproduced
          </th>,
          <th scope="col" key={`${fit}-p`}>
            {fit} printed
          </th>,
        ])}
      </tr>
    </thead>
  );
}
