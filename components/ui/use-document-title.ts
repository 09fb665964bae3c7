import { useEffect } from "react";

/**
 * Keeps the browser tab's title at `title` while the page at `pathname` shows it. The prerendered page's
 * <title> is Next's metadata, which React may commit after this component has mounted (the metadata
 * streams in its own boundary), so a one-off `document.title =` would be undone: any later change to the
 * head's <title> is set back. Once the address has left `pathname` (a client-side navigation, whose page
 * sets its own title before this component's cleanup runs) nothing is set back.
 */
export function useDocumentTitle(title: string, pathname = "/"): void {
  useEffect(() => {
    const apply = () => {
      if (window.location.pathname === pathname && document.title !== title) document.title = title;
    };
    apply();
    const observer = new MutationObserver(apply);
    observer.observe(document.head, { subtree: true, childList: true, characterData: true });
    return () => observer.disconnect();
  }, [title, pathname]);
}
