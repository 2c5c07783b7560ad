import { DonutChart } from '@mantine/charts';
import { ColorSwatch, Group, Stack, Text, useMantineTheme } from '@mantine/core';

export type Slice = { name: string; value: number; color: string };

/**
 * A donut with its own legend listing every slice and its count: the numbers stay readable
 * without hovering, which the tooltip alone would not give on a phone.
 */
export function DonutWithLegend(props: { data: Slice[]; centerLabel: string }) {
  const theme = useMantineTheme();
  const total = props.data.reduce((s, d) => s + d.value, 0);
  const swatch = (color: string) => {
    const [name, shade] = color.split('.');
    return theme.colors[name!]?.[Number(shade ?? 6)] ?? color;
  };
  return (
    <Group gap="xl" wrap="wrap" justify="center" align="center">
      <DonutChart data={props.data} size={170} thickness={26} chartLabel={props.centerLabel} withTooltip tooltipDataSource="segment" paddingAngle={1} />
      <Stack gap={6} style={{ flex: '1 1 180px' }}>
        {props.data.map((d) => (
          <Group key={d.name} gap="xs" wrap="nowrap" justify="space-between">
            <Group gap="xs" wrap="nowrap">
              <ColorSwatch color={swatch(d.color)} size={12} withShadow={false} />
              <Text size="sm">{d.name}</Text>
            </Group>
            <Text size="sm" fw={600}>
              {d.value}
              <Text span size="xs" c="dimmed" fw={400}> · {total ? Math.round((d.value / total) * 100) : 0}%</Text>
            </Text>
          </Group>
        ))}
      </Stack>
    </Group>
  );
}
