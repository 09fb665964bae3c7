/**
 * Runs `task` in the task after the next frame has been painted (a requestAnimationFrame callback runs
 * before that frame's paint; a timeout set from it runs after): work started there never delays the frame
 * that shows an input's change. Returns a cancel function.
 */
export function afterNextPaint(task: () => void): () => void {
  let timer = 0;
  const frame = requestAnimationFrame(() => {
    timer = window.setTimeout(task, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    window.clearTimeout(timer);
  };
}
