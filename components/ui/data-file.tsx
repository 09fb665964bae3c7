"use client";

import { Component, useSyncExternalStore, type ReactNode } from "react";

const requests = new Map<string, Promise<unknown>>();

/**
 * A page's data file (lib/views/data-assets.ts), fetched once per page load and read with React's `use`
 * (the preload in the page's head has usually started the download). A failed fetch rejects, which
 * DataFileFailure below turns into the page's own notice.
 */
export function fetchDataFile<T>(src: string): Promise<T> {
  let request = requests.get(src);
  if (request === undefined) {
    request = fetch(src).then((response) => {
      if (!response.ok) throw new Error(`${src}: ${response.status}`);
      return response.json() as Promise<unknown>;
    });
    requests.set(src, request);
  }
  return request as Promise<T>;
}

const subscribeNever = () => () => {};
/** True in the browser after hydration, false on the server and while hydrating: the prerendered HTML is the skeleton. */
export const useIsClient = () =>
  useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  );

/** A data file that cannot be fetched (offline, a page older than the server's data) shows `failed` instead of breaking the page. */
export class DataFileFailure extends Component<{ children: ReactNode; failed: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  render() {
    return this.state.failed ? this.props.failed : this.props.children;
  }
}
