import Link from "next/link";
import { CalculatorLink } from "./calculator-link";

export function SiteHeader() {
  return (
    <header className="site-header">
      <Link className="brand" href="/" prefetch={false}>
        Agent Scaling Calculator
      </Link>
      <nav aria-label="Main">
        <ul>
          <li>
            <CalculatorLink>Calculator</CalculatorLink>
          </li>
          <li>
            <Link href="/methodology" prefetch={false}>
              Methodology
            </Link>
          </li>
          <li>
            <Link href="/evidence" prefetch={false}>
              Evidence
            </Link>
          </li>
          <li>
            <Link href="/api" prefetch={false}>
              API
            </Link>
          </li>
        </ul>
      </nav>
    </header>
  );
}
