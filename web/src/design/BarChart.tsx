// A bar chart drawn by Chart.js (tree-shaken to bars: ~60 kB gzipped, where Recharts made the KPI screen
// 122 kB). The canvas is labelled and the same figures are always in a table beside it for screen readers.
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { useEffect, useRef } from 'react';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export interface BarSeries {
  label: string;
  values: number[];
  color: string;
}

interface BarChartProps {
  label: string;
  categories: string[];
  series: BarSeries[];
  formatValue: (value: number) => string;
}

export function BarChart({ label, categories, series, formatValue }: BarChartProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return undefined;
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: { labels: categories, datasets: series.map((one) => ({ label: one.label, data: one.values, backgroundColor: one.color })) },
      options: {
        animation: false,
        maintainAspectRatio: false,
        scales: { y: { ticks: { callback: (value) => formatValue(Number(value)) } } },
        plugins: { tooltip: { callbacks: { label: (item) => `${item.dataset.label}: ${formatValue(item.parsed.y ?? 0)}` } } },
      },
    });
    return () => chart.destroy();
  }, [categories, series, formatValue]);
  return (
    <div className="chart">
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}
