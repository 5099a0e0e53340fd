// Where a chart finds a dataset held in memory (a reader's imported file): the page that holds it provides it.
// The embed provides none, so its charts of such a dataset say it is not here, and its bundle carries only
// this context, not the code behind it (src/query/user/).
import { createContext } from 'react';
import type { LocalDataset } from '../../query/user/local-dataset';

export const LocalDataContext = createContext<LocalDataset | null>(null);
