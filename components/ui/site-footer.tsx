export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p>
        Figures are computed from the stored runs of Kim et al., &ldquo;Towards a Science of Scaling Agent Systems&rdquo; (
        <a href="https://arxiv.org/abs/2512.08296">arXiv 2512.08296</a>), and of the other studies listed under <a href="/evidence">Evidence</a>. Nothing on
        this site is hard-coded: every number traces to the files in the project&apos;s <code>data/</code> folder.
      </p>
    </footer>
  );
}
