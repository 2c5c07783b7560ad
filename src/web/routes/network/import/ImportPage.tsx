import { Alert, Anchor, Breadcrumbs, Button, Group, Progress, Stack, Stepper, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { ColumnMapping, ImportFormat } from '../../../../domain/network/contact-fields';
import { networkKeys } from '../../../api/network';
import { FileStep } from './FileStep';
import { FormatStep } from './FormatStep';
import { ImportHistory } from './ImportHistory';
import { ImportReportView } from './ImportReportView';
import { readLocalPreview } from './local-preview';
import { runImport, type RunProgress } from './run-import';
import type { LocalPreview } from './FileStep';

const PHASES = { parsing: 'Reading the file', matching: 'Matching with your contacts', saving: 'Saving', done: 'Finishing', failed: 'Failed' } as const;

function progressView(p: RunProgress | null): { value: number; label: string } {
  if (!p) return { value: 0, label: 'Starting…' };
  if (p.stage === 'uploading') return { value: p.total ? (p.loaded / p.total) * 100 : 0, label: 'Uploading the file' };
  if (!p.progress) return { value: 100, label: 'Reading the file' };
  const { phase, processed, total } = p.progress;
  return { value: total ? (processed / total) * 100 : 100, label: total ? `${PHASES[phase]} · ${processed} of ${total}` : PHASES[phase] };
}

export function ImportPage() {
  const qc = useQueryClient();
  const [step, setStep] = useState(0);
  const [format, setFormat] = useState<ImportFormat | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [local, setLocal] = useState<LocalPreview | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [debouncedMapping] = useDebouncedValue(mapping, 400);
  const [progress, setProgress] = useState<RunProgress | null>(null);

  const dry = useMutation({ mutationFn: (args: { format: ImportFormat; file: File; mapping: ColumnMapping }) => runImport({ ...args, dryRun: true }) });
  const run = useMutation({
    mutationFn: (args: { format: ImportFormat; file: File; mapping: ColumnMapping }) => runImport({ ...args, dryRun: false, onProgress: setProgress }),
    onSettled: () => void qc.invalidateQueries({ queryKey: networkKeys.all }),
  });
  const { mutate: check, reset: resetDry } = dry;

  const chooseFile = async (f: File | null) => {
    setFile(f);
    resetDry();
    setLocal(null);
    if (!f || !format) return;
    const preview = await readLocalPreview(format, f);
    setLocal(preview);
    if (preview.kind === 'csv') setMapping(preview.preview.suggestedMapping);
  };

  // The dry run re-runs when the file or the column mapping changes, once the mapping has settled:
  // a new file sets its suggested mapping, and a run on the stale one first would be a second run
  // that briefly disables the Import button right after the first one's answer.
  useEffect(() => {
    if (debouncedMapping !== mapping) return;
    if (file && format && local && local.kind !== 'error') check({ format, file, mapping });
  }, [file, format, local, mapping, debouncedMapping, check]);

  const start = () => {
    if (!file || !format) return;
    setProgress(null);
    setStep(2);
    run.mutate({ format, file, mapping });
  };
  const restart = () => {
    setStep(0);
    setFile(null);
    setLocal(null);
    resetDry();
    run.reset();
  };
  const toImport = dry.data ? dry.data.created + dry.data.merged : 0;
  const pv = progressView(progress);

  return (
    <Stack gap="lg" maw={1000}>
      <Breadcrumbs>
        <Anchor component={Link} to="/network" size="sm">Network</Anchor>
        <Text size="sm" c="dimmed">Import</Text>
      </Breadcrumbs>
      <div>
        <Title order={2}>Import contacts</Title>
        <Text c="dimmed">People already in your network are matched by e-mail, LinkedIn profile or name and company, and merged — never duplicated, never dropped.</Text>
      </div>
      <Stepper active={run.data ? 3 : step} onStepClick={(s) => (s < step && !run.isPending && !run.data ? setStep(s) : undefined)} size="sm" allowNextStepsSelect={false}>
        <Stepper.Step label="Format" description="Where from">
          <Stack mt="md">
            <FormatStep value={format} onChange={(f) => { setFormat(f); setFile(null); setLocal(null); resetDry(); }} />
            <Group justify="flex-end"><Button disabled={!format} onClick={() => setStep(1)}>Next</Button></Group>
          </Stack>
        </Stepper.Step>
        <Stepper.Step label="File" description="Check before importing">
          {format && (
            <Stack mt="md">
              <FileStep format={format} file={file} onFile={(f) => void chooseFile(f)} local={local} mapping={mapping} onMappingChange={setMapping} dry={{ pending: dry.isPending, error: dry.error, report: dry.data }} />
              <Group justify="space-between">
                <Button variant="default" onClick={() => setStep(0)}>Back</Button>
                <Button disabled={!dry.data || dry.isPending || toImport === 0} onClick={start}>
                  {!dry.data ? 'Import' : toImport === 0 ? 'Nothing new to import' : `Import ${toImport} ${toImport === 1 ? 'contact' : 'contacts'}`}
                </Button>
              </Group>
            </Stack>
          )}
        </Stepper.Step>
        <Stepper.Step label="Import" description="Report">
          <Stack mt="md">
            {run.isPending && (
              <Stack gap={6} aria-live="polite">
                <Text fw={500}>{pv.label}</Text>
                <Progress value={pv.value} size="lg" striped animated aria-label="Import progress" />
              </Stack>
            )}
            {run.error && (
              <Alert color="red" role="alert" title="The import failed">
                {run.error.message} Nothing was saved. <Button variant="subtle" size="compact-sm" onClick={() => setStep(1)}>Back to the file</Button>
              </Alert>
            )}
          </Stack>
        </Stepper.Step>
        <Stepper.Completed>
          {run.data && (
            <Stack mt="md">
              <Alert color="teal" title="Import finished">{run.data.created} created, {run.data.merged} merged, {run.data.unchanged} unchanged, {run.data.skipped} skipped.</Alert>
              <ImportReportView report={run.data} />
              <Group>
                <Button component={Link} to="/network">View your contacts</Button>
                <Button variant="default" onClick={restart}>Import another file</Button>
              </Group>
            </Stack>
          )}
        </Stepper.Completed>
      </Stepper>
      <ImportHistory />
    </Stack>
  );
}
