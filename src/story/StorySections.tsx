// The article's sections, with the steps whose data file this build has (the manifest says which): a build
// without the monthly CHPL data shows each section's own charts only, never an empty frame.
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { manifestQuery } from '../app/data/queries';
import { listsFile } from '../data/query/dataset-availability';
import { sectionsWithData } from './sections';
import { StorySectionView } from './StorySectionView';

export function StorySections({ stacked }: { stacked: boolean }) {
  const manifest = useQuery(manifestQuery).data;
  // Until the manifest arrives, only the steps every build has.
  const sections = useMemo(
    () => sectionsWithData((path) => (manifest ? listsFile(manifest, path) : false)),
    [manifest],
  );
  return sections.map((section) => <StorySectionView key={section.id} section={section} stacked={stacked} />);
}
