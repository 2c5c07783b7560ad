import { Button, Menu } from '@mantine/core';
import { IconBraces, IconChevronDown, IconDownload, IconFileSpreadsheet, IconId } from '@tabler/icons-react';

/** Plain links: the session cookie goes along, and the server answers with a download. */
export function ExportMenu() {
  return (
    <Menu position="bottom-end" width={240}>
      <Menu.Target>
        <Button variant="default" leftSection={<IconDownload size={16} />} rightSection={<IconChevronDown size={14} />}>
          Export
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Download your data</Menu.Label>
        <Menu.Item component="a" href="/api/v1/exports/contacts.csv" download leftSection={<IconFileSpreadsheet size={16} />}>
          Contacts as CSV
        </Menu.Item>
        <Menu.Item component="a" href="/api/v1/exports/contacts.vcf" download leftSection={<IconId size={16} />}>
          Contacts as vCard
        </Menu.Item>
        <Menu.Item component="a" href="/api/v1/exports/account.json" download leftSection={<IconBraces size={16} />}>
          Everything as JSON
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
