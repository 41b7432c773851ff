import { useId } from 'preact/hooks';
import './charts.css';

export interface Bar {
  label: string;
  /** One value per series, stacked. */
  values: number[];
}

/**
 * A small SVG bar chart with a data table for screen readers and for anyone who wants the numbers.
 * Series are told apart by pattern as well as colour.
 */
export function BarChart({ title, description, bars, series, tickEvery = 1 }: {
  title: string;
  description: string;
  bars: Bar[];
  series: string[];
  tickEvery?: number;
}) {
  const id = useId();
  const width = 640;
  const height = 150;
  const pad = { top: 4, right: 0, bottom: 0, left: 0 };
  const max = Math.max(1, ...bars.map((b) => b.values.reduce((a, v) => a + v, 0)));
  const step = (width - pad.left - pad.right) / Math.max(1, bars.length);
  const y = (v: number) => pad.top + (height - pad.top - pad.bottom) * (1 - v / max);
  // At most a dozen labels under the bars, so that they fit a phone in type that stays readable.
  const every = Math.max(tickEvery, Math.ceil(bars.length / 12));
  // The tick labels are HTML beside the drawing, not SVG text, which would shrink with it on a phone.
  return (
    <figure class="chart">
      <figcaption id={`${id}-title`}><strong>{title}</strong> <span class="muted">{description}</span></figcaption>
      <div class="chart-plot">
        <span class="tick-y" aria-hidden="true"><span class="tick">{max}</span><span class="tick">0</span></span>
        <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title`} preserveAspectRatio="none">
          <line x1={pad.left} x2={width - pad.right} y1={y(0)} y2={y(0)} class="axis" />
          {bars.map((bar, i) => {
            let base = 0;
            return (
              <g key={bar.label}>
                {bar.values.map((v, s) => {
                  const top = y(base + v);
                  const rect = v > 0 ? <rect key={s} x={pad.left + i * step + 1} width={Math.max(1, step - 2)} y={top} height={y(base) - top} class={`series-${s}`} /> : null;
                  base += v;
                  return rect;
                })}
              </g>
            );
          })}
        </svg>
        <span class="tick-x" aria-hidden="true">
          {bars.map((bar, i) => (i % every === 0 ? <span key={bar.label} class="tick" style={{ left: `${((i + 0.5) * 100) / bars.length}%` }}>{bar.label}</span> : null))}
        </span>
      </div>
      {series.length > 1 ? (
        <p class="legend">{series.map((name, s) => <span key={name}><span class={`swatch series-${s}`} aria-hidden="true" /> {name}</span>)}</p>
      ) : null}
      <details>
        <summary>Show as a table</summary>
        <table>
          <thead><tr><th scope="col">Day</th>{series.map((s) => <th key={s} scope="col">{s}</th>)}</tr></thead>
          <tbody>
            {bars.map((b) => <tr key={b.label}><th scope="row">{b.label}</th>{b.values.map((v, i) => <td key={i}>{v}</td>)}</tr>)}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
