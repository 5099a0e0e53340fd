import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { manifestQuery } from '../figure/load/queries';
import { cssVarsRef } from '../charts/kit/css-vars';
import { formatUsdShort as formatUsd } from '../charts/kit/format';
import { i18n } from '../i18n/i18n';
import type { ProductSelector } from '../spec';
import { biggestMovers, moversBreakText, type MoverResult } from './biggest-movers';
import { useProductTable } from './explorer-data';
import { datasetPeriods } from './periods';
import { useChapterRows, type ChapterRows } from './useChapterRows';

interface BiggestMoversProps {
  exporter: string;
  importer: string;
  isSelected: (product: ProductSelector) => boolean;
  onAdd: (product: ProductSelector) => void;
}

const LIMIT = 15;

/** Ranks HS6 products by change between two years. Needs every BACI chapter file, so it runs on request. */
export function BiggestMovers({ exporter, importer, isSelected, onAdd }: BiggestMoversProps) {
  const years = datasetPeriods('baci-hs6');
  // Like for like first: 2022 and 2023 both rest on China's declarations and on HS 2022 (see moversBreakText).
  const [fromYear, setFromYear] = useState(years.includes('2022') ? '2022' : (years[0] ?? ''));
  const [toYear, setToYear] = useState(years.at(-1) ?? '');
  const [requested, setRequested] = useState(false);
  const chapters = useChapterRows(requested);
  const names = useProductTable(requested);
  const { rows } = chapters;
  const result = useMemo<MoverResult | undefined>(
    () => (rows ? biggestMovers(rows, { exporter, importer, fromYear, toYear, limit: LIMIT }) : undefined),
    [rows, exporter, importer, fromYear, toYear],
  );
  const nameOf = useMemo(
    () => new Map((names.data?.rows ?? []).map((row) => [row.hs6, row.name])),
    [names.data],
  );
  return (
    <div className="movers">
      <p className="hint">
        {i18n._(
          {
            id: 'movers.hint',
            message:
              'The HS6 products whose trade {exporter} → {importer} changed most between two years (BACI). This reads every HS6 file (about 3 MB).',
          },
          { exporter, importer },
        )}
      </p>
      <div className="inline-fields">
        <YearSelect
          label={i18n._({ id: 'movers.compare', message: 'Compare' })}
          years={years}
          value={fromYear}
          onChange={setFromYear}
        />
        <YearSelect
          label={i18n._({ id: 'movers.with', message: 'with' })}
          years={years}
          value={toYear}
          onChange={setToYear}
        />
        {!requested && (
          <button type="button" className="small-button" onClick={() => setRequested(true)}>
            {i18n._({ id: 'movers.find', message: 'Find biggest movers' })}
          </button>
        )}
      </div>
      {requested && !rows && <ChapterProgress chapters={chapters} />}
      {result && (
        <MoverList
          result={result}
          fromYear={fromYear}
          toYear={toYear}
          nameOf={nameOf}
          isSelected={isSelected}
          onAdd={onAdd}
        />
      )}
    </div>
  );
}

function YearSelect(props: {
  label: string;
  years: readonly string[];
  value: string;
  onChange: (year: string) => void;
}) {
  const id = useId();
  return (
    <>
      <label htmlFor={id}>{props.label}</label>
      <select id={id} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {props.years.map((year) => (
          <option key={year}>{year}</option>
        ))}
      </select>
    </>
  );
}

function ChapterProgress({ chapters }: { chapters: ChapterRows }) {
  const { done, total, failedPath, retry } = chapters;
  if (failedPath) {
    return (
      <div className="load-error" role="alert">
        <p>{i18n._({ id: 'movers.load-error', message: 'Could not load {path}.' }, { path: failedPath })}</p>
        <button type="button" onClick={retry}>
          {i18n._({ id: 'explorer.retry', message: 'Retry' })}
        </button>
      </div>
    );
  }
  const percent = total > 0 ? Math.round((done / total) * 100) : 0;
  return (
    <div className="movers-progress">
      <div
        role="progressbar"
        aria-label={i18n._({ id: 'movers.loading', message: 'Loading the BACI HS6 files' })}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        className="bar"
      >
        <span ref={cssVarsRef({ '--done': `${percent}%` })} />
      </div>
      <p className="muted">
        {i18n._(
          { id: 'movers.progress', message: 'Loaded {done} of {total} HS6 chapter files' },
          { done, total: total || '…' },
        )}
      </p>
    </div>
  );
}

interface MoverListProps extends Pick<BiggestMoversProps, 'isSelected' | 'onAdd'> {
  result: MoverResult;
  fromYear: string;
  toYear: string;
  nameOf: ReadonlyMap<string, string>;
}

function MoverList({ result, fromYear, toYear, nameOf, isSelected, onAdd }: MoverListProps) {
  const manifest = useQuery(manifestQuery);
  if (fromYear === toYear)
    return (
      <p className="muted">{i18n._({ id: 'movers.same-year', message: 'Choose two different years.' })}</p>
    );
  const crossing = moversBreakText(manifest.data?.breaks ?? [], fromYear, toYear);
  return (
    <>
      {crossing ? (
        <p className="hint" role="note" data-movers-break="">
          {crossing}
        </p>
      ) : null}
      <ol className="mover-list">
        {result.movers.map((mover) => {
          const product: ProductSelector = { kind: 'hs6', code: mover.hs6 };
          const added = isSelected(product);
          return (
            <li key={mover.hs6} data-hs6={mover.hs6}>
              <span className="hit-text">
                <code>{mover.hs6}</code> {nameOf.get(mover.hs6) ?? ''}{' '}
                <span className={mover.change >= 0 ? 'up' : 'down'}>
                  {mover.change >= 0 ? '+' : ''}
                  {formatUsd(mover.change)}
                </span>{' '}
                <span className="muted">
                  {i18n._(
                    { id: 'movers.values', message: '({from}: {fromValue}; {to}: {toValue})' },
                    {
                      from: fromYear,
                      fromValue: formatUsd(mover.fromValue),
                      to: toYear,
                      toValue: formatUsd(mover.toValue),
                    },
                  )}
                </span>
              </span>
              <button
                type="button"
                className="small-button"
                disabled={added}
                aria-label={
                  added
                    ? i18n._({ id: 'explorer.code-added', message: '{code} added' }, { code: mover.hs6 })
                    : i18n._({ id: 'movers.add', message: 'Add HS6 {code}' }, { code: mover.hs6 })
                }
                onClick={() => onAdd(product)}
              >
                {added
                  ? i18n._({ id: 'explorer.added', message: 'Added' })
                  : i18n._({ id: 'explorer.add', message: 'Add' })}
              </button>
            </li>
          );
        })}
      </ol>
      <p className="hint">
        {result.oneSided === 1
          ? i18n._({
              id: 'movers.one-sided-1',
              message:
                'Only products with a value in both years are ranked; 1 product with a value in one year only is left out (a missing value is not zero).',
            })
          : i18n._(
              {
                id: 'movers.one-sided',
                message:
                  'Only products with a value in both years are ranked; {count} products with a value in one year only are left out (a missing value is not zero).',
              },
              { count: result.oneSided },
            )}
      </p>
    </>
  );
}
