/**
 * The site's glyph (app/icon.svg: three agents, linked), as JSX for next/og's ImageResponse: the card's
 * brand mark and the apple-touch-icon. `rounded` false for the touch icon, which the phone rounds itself.
 */
export function AppGlyph({ size, rounded = true }: { size: number; rounded?: boolean }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" xmlns="http://www.w3.org/2000/svg">
      <rect width="32" height="32" rx={rounded ? 6 : 0} fill="#1f5fbf" />
      <circle cx="10" cy="22" r="3.5" fill="#fff" />
      <circle cx="16" cy="10" r="3.5" fill="#fff" />
      <circle cx="22" cy="22" r="3.5" fill="#fff" />
      <path d="M10 22 16 10 22 22" stroke="#fff" strokeWidth="2" fill="none" />
    </svg>
  );
}
