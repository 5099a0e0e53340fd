// The row-errors notice, loaded when there is something to say: rows left out of a file are rare (the published
// files have none), so the notice's code and its words (the later catalogue, lingui.config.ts) are not part of
// any first load. Its own Suspense boundary: nothing waits for it.
import { lazy, Suspense } from 'react';
import type { RowError } from '../../data/tables';

const RowErrorsNotice = lazy(() =>
  import('./RowErrorsNotice').then((module) =>
    module.wordsReady().then(() => ({ default: module.RowErrorsNotice })),
  ),
);

export function RowErrorsWhenAny({ errors }: { errors: readonly RowError[] }) {
  if (errors.length === 0) return null;
  return (
    <Suspense fallback={null}>
      <RowErrorsNotice errors={errors} />
    </Suspense>
  );
}
