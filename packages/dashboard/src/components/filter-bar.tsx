import { useState } from 'preact/hooks';
import type { Filters } from '../filters/filters.js';
import { isTimeZone } from '../filters/is-time-zone.js';
import { MODULE_LABELS } from '../metrics/module-labels.js';
import { CHANNELS, type MetricsResult, type Module } from '@vitrine/contracts';

interface Props {
  filters: Filters;
  /** The figures shown, for the choices (showrooms, experiment arms) and the effective date range. */
  metrics: MetricsResult | undefined;
  onApply: (filters: Filters) => void;
}

/** The suggestions of the time zone field; any name the browser knows is accepted. */
const TIME_ZONES = Intl.supportedValuesOf('timeZone');

/** `values` plus `current` when it is set and missing (a shared link may name a showroom with no events yet). */
const withCurrent = (values: string[], current: string | undefined): string[] =>
  current && !values.includes(current) ? [current, ...values] : values;

/**
 * The filters as a form; each change applies at once (no submit button). Choices come from the
 * figures themselves: the showrooms that have events, the arms of the experiments that ran.
 */
export function FilterBar({ filters, metrics, onApply }: Props) {
  const [tzProblem, setTzProblem] = useState<string | undefined>();
  const set = (changes: Partial<Record<keyof Filters, string>>): void => {
    const next: Record<string, string | undefined> = { ...filters, ...changes };
    onApply(Object.fromEntries(Object.entries(next).filter(([, value]) => value)) as Filters);
  };

  const arms = metrics?.experiments.flatMap((experiment) => experiment.arms.map((arm) => ({ experiment: experiment.experiment_id, arm: arm.arm_id }))) ?? [];
  if (filters.experiment && filters.arm && !arms.some((a) => a.experiment === filters.experiment && a.arm === filters.arm)) {
    arms.unshift({ experiment: filters.experiment, arm: filters.arm });
  }
  const armIndex = arms.findIndex((a) => a.experiment === filters.experiment && a.arm === filters.arm);

  const applyTimeZone = (value: string): void => {
    const tz = value.trim();
    if (tz && !isTimeZone(tz)) {
      setTzProblem(`${tz} is not an IANA time zone such as Europe/Paris; the figures stay in ${filters.tz ?? 'UTC'}.`);
      return;
    }
    setTzProblem(undefined);
    set({ tz });
  };

  return (
    <form class="filters" aria-label="Filters" onSubmit={(event) => event.preventDefault()}>
      <label>
        Showroom
        <select name="showroom" value={filters.showroom ?? ''} onChange={(event) => set({ showroom: event.currentTarget.value })}>
          <option value="">All showrooms</option>
          {withCurrent(metrics?.showrooms ?? [], filters.showroom).map((id) => (
            <option key={id} value={id}>
              {id}
            </option>
          ))}
        </select>
      </label>
      <label>
        From
        <input type="date" name="from" value={filters.from ?? metrics?.query.from ?? ''} onChange={(event) => set({ from: event.currentTarget.value })} />
      </label>
      <label>
        To
        <input type="date" name="to" value={filters.to ?? metrics?.query.to ?? ''} onChange={(event) => set({ to: event.currentTarget.value })} />
      </label>
      <label>
        Experiment arm
        <select
          name="arm"
          value={armIndex < 0 ? '' : String(armIndex)}
          onChange={(event) => {
            const chosen = arms[Number(event.currentTarget.value)];
            set({ experiment: chosen?.experiment ?? '', arm: chosen?.arm ?? '' });
          }}
        >
          <option value="">All visitors</option>
          {arms.map((a, index) => (
            <option key={index} value={String(index)}>
              {`${a.experiment}: ${a.arm}`}
            </option>
          ))}
        </select>
      </label>
      <label>
        Module
        <select name="module" value={filters.module ?? ''} onChange={(event) => set({ module: event.currentTarget.value })}>
          <option value="">All modules</option>
          {(Object.keys(MODULE_LABELS) as Module[]).map((module) => (
            <option key={module} value={module}>
              {MODULE_LABELS[module]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Channel
        <select name="channel" value={filters.channel ?? ''} onChange={(event) => set({ channel: event.currentTarget.value })}>
          <option value="">All channels</option>
          {CHANNELS.map((channel) => (
            <option key={channel}>{channel}</option>
          ))}
        </select>
      </label>
      <label>
        Time zone
        <input
          name="tz"
          list="time-zones"
          placeholder="UTC"
          value={filters.tz ?? ''}
          autocomplete="off"
          aria-invalid={tzProblem ? 'true' : undefined}
          aria-describedby={tzProblem ? 'tz-problem' : undefined}
          onChange={(event) => applyTimeZone(event.currentTarget.value)}
        />
      </label>
      <datalist id="time-zones">
        {TIME_ZONES.map((tz) => (
          <option key={tz} value={tz} />
        ))}
      </datalist>
      <button type="button" onClick={() => onApply({})}>
        Clear filters
      </button>
      {tzProblem && (
        <p id="tz-problem" class="problem" role="alert">
          {tzProblem}
        </p>
      )}
    </form>
  );
}
