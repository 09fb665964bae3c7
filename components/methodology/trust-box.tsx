import Link from "next/link";
import type { TrustItem } from "@/lib/views/trust-box";

/** The page's opening summary for architects: how far to trust a prediction, each figure from the harness. */
export function TrustBox({ items }: { items: TrustItem[] }) {
  return (
    <aside className="trust-box" aria-labelledby="trust" data-testid="trust">
      <h2 id="trust">How far to trust this</h2>
      <ul>
        {items.map((item) => (
          <li key={item.key} data-testid={`trust-${item.key}`}>
            <strong>{item.title}</strong> {item.text}
          </li>
        ))}
      </ul>
      <p className="trust-links">
        The detail: <a href="#across-studies">validation across studies</a> (every benchmark held out in turn),{" "}
        <a href="#validation">validation on Kim et al.&apos;s runs</a>, and{" "}
        <Link href="/evidence" prefetch={false}>
          the studies and their runs
        </Link>
        .
      </p>
    </aside>
  );
}
