import { Divider, Input, SegmentedControl, Select, SimpleGrid, Stack, Switch, TagsInput, Text, TextInput, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useContactTags } from '../../api/network';
import type { ContactFormValues } from './contact-form-values';
import { LabelledListInput } from './LabelledListInput';
import { circleOptions, levelOptions } from './vocabulary';

function SectionTitle({ children }: { children: string }) {
  return (
    <Divider
      label={<Text size="xs" fw={700} tt="uppercase" c="dimmed">{children}</Text>}
      labelPosition="left"
      mt="xs"
    />
  );
}

/** Every field of a contact; used by the add and edit modals. */
export function ContactFormFields({ form }: { form: UseFormReturnType<ContactFormValues> }) {
  const tags = useContactTags();
  const employer = form.getInputProps('employer');
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <TextInput label="Given name" autoComplete="off" data-autofocus {...form.getInputProps('givenName')} key={form.key('givenName')} />
        <TextInput label="Family name" autoComplete="off" {...form.getInputProps('familyName')} key={form.key('familyName')} />
      </SimpleGrid>
      <TextInput
        label="Display name"
        description="How the name is shown; left empty, it is built from given and family name."
        autoComplete="off"
        {...form.getInputProps('displayName')}
        key={form.key('displayName')}
      />

      <SectionTitle>Reach</SectionTitle>
      <LabelledListInput form={form} field="emails" title="E-mail addresses" />
      <LabelledListInput form={form} field="phones" title="Phone numbers" />
      <TextInput label="LinkedIn profile" placeholder="https://www.linkedin.com/in/name" type="url" {...form.getInputProps('linkedinUrl')} key={form.key('linkedinUrl')} />

      <SectionTitle>Work</SectionTitle>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <TextInput label="Company" {...form.getInputProps('company')} key={form.key('company')} />
        <TextInput label="Title" {...form.getInputProps('title')} key={form.key('title')} />
        <TextInput label="Department" {...form.getInputProps('department')} key={form.key('department')} />
        <TextInput label="Industry" {...form.getInputProps('industry')} key={form.key('industry')} />
        <Select label="Level" placeholder="Not set" data={levelOptions} clearable {...form.getInputProps('level')} key={form.key('level')} />
        <Input.Wrapper label="Inside or outside my employer" id="employer-control" labelProps={{ id: 'employer-label' }}>
          <SegmentedControl
            fullWidth
            aria-labelledby="employer-label"
            data={[
              { value: 'unknown', label: 'Not set' },
              { value: 'inside', label: 'Inside' },
              { value: 'outside', label: 'Outside' },
            ]}
            value={employer.value as string}
            onChange={employer.onChange as (v: string) => void}
            key={form.key('employer')}
          />
        </Input.Wrapper>
      </SimpleGrid>

      <SectionTitle>Relationship</SectionTitle>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <Select label="Circle" placeholder="Not set" data={circleOptions} clearable {...form.getInputProps('circle')} key={form.key('circle')} />
        <TextInput
          label="Birthday"
          placeholder="1990-04-15 or --04-15"
          description="YYYY-MM-DD, or --MM-DD when you don't know the year"
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          {...form.getInputProps('birthday')}
          key={form.key('birthday')}
        />
      </SimpleGrid>
      <Textarea label="How we met" autosize minRows={1} maxRows={4} {...form.getInputProps('howWeMet')} key={form.key('howWeMet')} />
      <TagsInput
        label="Tags"
        placeholder="Type a tag and press Enter"
        data={tags.data?.items.map((t) => t.tag) ?? []}
        clearable
        {...form.getInputProps('tags')}
        key={form.key('tags')}
      />
      <LabelledListInput form={form} field="importantDates" title="Important dates" />
      <Switch
        label="Starred (a potential mentor or someone to keep close)"
        {...form.getInputProps('starred', { type: 'checkbox' })}
        key={form.key('starred')}
      />

      <SectionTitle>Notes</SectionTitle>
      <Textarea label="Notes" description="What they care about, family, projects…" autosize minRows={3} maxRows={10} {...form.getInputProps('notes')} key={form.key('notes')} />
    </Stack>
  );
}
