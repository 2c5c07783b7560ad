import { Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useBoard } from '../../api/mentoring';

/** The personal board of directors: who covers which growth area, and the gaps. */
export function BoardPanel() {
  const board = useBoard();
  if (!board.data) return null;
  const { covered, uncovered } = board.data;
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm">
        <div>
          <Title order={2} size="h4">Your board of directors</Title>
          <Text size="sm" c="dimmed">Who covers which area of growth. Areas from your goals that nobody covers are gaps to fill.</Text>
        </div>
        {covered.length === 0 ? (
          <Text size="sm">Name the areas each mentor helps with (open a mentor and edit their areas) to see your board here.</Text>
        ) : (
          <Table.ScrollContainer minWidth={320}>
            <Table verticalSpacing={6}>
              <Table.Thead><Table.Tr><Table.Th>Area of growth</Table.Th><Table.Th>Covered by</Table.Th></Table.Tr></Table.Thead>
              <Table.Tbody>
                {covered.map((a) => (
                  <Table.Tr key={a.area}>
                    <Table.Td>{a.area}</Table.Td>
                    <Table.Td>{a.mentors.map((m) => m.name).join(', ')}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {uncovered.length > 0 && (
          <Group gap={6} aria-label="Areas nobody covers">
            <Text size="sm" fw={500}>Nobody covers yet:</Text>
            {uncovered.map((a) => <Badge key={a} color="orange" variant="light">{a}</Badge>)}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
