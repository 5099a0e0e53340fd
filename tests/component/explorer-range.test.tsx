import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TimeRange } from '../../src/explorer/TimeRange';
import type { HistoryMode } from '../../src/explorer/useExplorerSpec';
import { DEFAULT_SPEC, defaultSpecFor, type ChartSpec } from '../../src/spec';

afterEach(cleanup);

function Harness({
  initial,
  onSpec,
}: {
  initial: ChartSpec;
  onSpec: (spec: ChartSpec, mode?: HistoryMode) => void;
}) {
  const [spec, setSpec] = useState(initial);
  return (
    <TimeRange
      spec={spec}
      onChange={(next, mode) => {
        onSpec(next, mode);
        setSpec(next);
      }}
    />
  );
}

const slider = (name: string) => screen.getByRole('slider', { name });

describe('TimeRange slider', () => {
  it('exposes both handles as sliders with their period as text', () => {
    render(<Harness initial={DEFAULT_SPEC} onSpec={vi.fn()} />);
    const start = slider('Start period');
    expect(start).toHaveAttribute('aria-valuemin', '0');
    expect(start).toHaveAttribute('aria-valuemax', '6');
    expect(start).toHaveAttribute('aria-valuenow', '0');
    expect(start).toHaveAttribute('aria-valuetext', '2017');
    expect(slider('End period')).toHaveAttribute('aria-valuetext', '2023');
  });

  it('moves with arrows, PageUp/PageDown and Home/End, one history entry per key press', () => {
    const onSpec = vi.fn();
    render(<Harness initial={DEFAULT_SPEC} onSpec={onSpec} />);
    fireEvent.keyDown(slider('Start period'), { key: 'ArrowRight' });
    expect(onSpec).toHaveBeenLastCalledWith(expect.objectContaining({ from: '2018', to: '2023' }), 'push');
    fireEvent.keyDown(slider('End period'), { key: 'PageDown' });
    expect(onSpec).toHaveBeenLastCalledWith(expect.objectContaining({ from: '2018', to: '2020' }), 'push');
    fireEvent.keyDown(slider('End period'), { key: 'ArrowLeft', repeat: true });
    expect(onSpec).toHaveBeenLastCalledWith(expect.objectContaining({ to: '2019' }), 'replace');
    fireEvent.keyDown(slider('Start period'), { key: 'End' });
    expect(onSpec).toHaveBeenLastCalledWith(expect.objectContaining({ from: '2019', to: '2019' }), 'push');
    fireEvent.keyDown(slider('End period'), { key: 'End' });
    fireEvent.keyDown(slider('Start period'), { key: 'Home' });
    expect(onSpec).toHaveBeenLastCalledWith(expect.objectContaining({ from: '2017', to: '2023' }), 'push');
    expect(slider('Start period')).toHaveAttribute('aria-valuetext', '2017');
  });

  it('does nothing at an end, and ignores other keys', () => {
    const onSpec = vi.fn();
    render(<Harness initial={DEFAULT_SPEC} onSpec={onSpec} />);
    fireEvent.keyDown(slider('Start period'), { key: 'ArrowLeft' });
    fireEvent.keyDown(slider('End period'), { key: 'PageUp' });
    fireEvent.keyDown(slider('End period'), { key: 'x' });
    expect(onSpec).not.toHaveBeenCalled();
  });

  it('speaks months on a monthly dataset and jumps a year with PageUp', () => {
    const onSpec = vi.fn();
    render(<Harness initial={defaultSpecFor('comtrade-monthly')} onSpec={onSpec} />);
    expect(slider('Start period')).toHaveAttribute('aria-valuetext', 'Jan 2017');
    fireEvent.keyDown(slider('Start period'), { key: 'PageUp' });
    expect(onSpec).toHaveBeenLastCalledWith(expect.objectContaining({ from: '2018-01' }), 'push');
  });
});

describe('TimeRange typed bounds', () => {
  it('applies valid bounds', () => {
    const onSpec = vi.fn();
    render(<Harness initial={DEFAULT_SPEC} onSpec={onSpec} />);
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2019' } });
    fireEvent.change(screen.getByLabelText('to'), { target: { value: '2021' } });
    fireEvent.click(screen.getByRole('button', { name: 'Set' }));
    expect(onSpec).toHaveBeenLastCalledWith(expect.objectContaining({ from: '2019', to: '2021' }), undefined);
    expect(slider('Start period')).toHaveAttribute('aria-valuetext', '2019');
  });

  it('shows an error for invalid input and keeps the old range', () => {
    const onSpec = vi.fn();
    render(<Harness initial={DEFAULT_SPEC} onSpec={onSpec} />);
    const from = screen.getByLabelText('From');
    fireEvent.change(from, { target: { value: '19' } });
    fireEvent.submit(from);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Start: Type a year as YYYY. Still showing 2017 to 2023.',
    );
    expect(from).toHaveAttribute('aria-invalid', 'true');
    fireEvent.change(from, { target: { value: '2030' } });
    fireEvent.submit(from);
    expect(screen.getByRole('alert')).toHaveTextContent('from 2017 to 2023');
    fireEvent.change(from, { target: { value: '2022' } });
    fireEvent.change(screen.getByLabelText('to'), { target: { value: '2020' } });
    fireEvent.submit(from);
    expect(screen.getByRole('alert')).toHaveTextContent('must not be after the end');
    expect(onSpec).not.toHaveBeenCalled();
    expect(slider('Start period')).toHaveAttribute('aria-valuetext', '2017');
  });
});
