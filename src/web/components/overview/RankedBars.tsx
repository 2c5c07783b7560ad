import { BarChart } from '@mantine/charts';

const shorten = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/** Horizontal bars for named things (industries, companies): long names read better down the side. */
export function RankedBars(props: { data: { name: string; count: number }[]; color: string; label: string }) {
  return (
    <BarChart
      h={Math.max(120, props.data.length * 30 + 30)}
      data={props.data}
      dataKey="name"
      orientation="vertical"
      series={[{ name: 'count', label: props.label, color: props.color }]}
      yAxisProps={{ width: 120, tickFormatter: (v: string) => shorten(v, 22), interval: 0 }}
      xAxisProps={{ allowDecimals: false }}
      gridAxis="y"
      maxBarWidth={22}
    />
  );
}
