/** What became of one publishing step, said exactly (log, job summary notes, outputs). */
export interface Delivery {
  step: 'comment' | 'check run' | 'suggestions';
  /**
   * delivered: all of it is on GitHub; partial: some of it (detail says how much); failed: tried,
   * nothing delivered; skipped: not tried (read-only token, budget spent); off: not asked for.
   */
  status: 'delivered' | 'partial' | 'failed' | 'skipped' | 'off';
  /** One clause: "created", "50 of 2,400 annotations", "HTTP 500: ...". */
  detail: string;
  url?: string;
}

/** "comment: created; check run: partial, 50 of 2,400 annotations; suggestions: off". */
export function describeDeliveries(ds: readonly Delivery[]): string {
  return ds.map((d) => `${d.step}: ${d.status === 'delivered' || d.status === 'off' ? '' : `${d.status}, `}${d.detail}`).join('; ');
}

/** The step outputs about publishing (names are public API, documented in action.yml). */
export function deliveryOutputs(ds: readonly Delivery[]): Record<'comment-url' | 'check-run-url' | 'published', string> {
  const url = (step: Delivery['step']) => {
    const d = ds.find((x) => x.step === step);
    return d && (d.status === 'delivered' || d.status === 'partial') ? d.url ?? '' : '';
  };
  return {
    'comment-url': url('comment'),
    'check-run-url': url('check run'),
    published: JSON.stringify(Object.fromEntries(ds.map((d) => [d.step.replace(' ', '-'), { status: d.status, detail: d.detail }]))),
  };
}
