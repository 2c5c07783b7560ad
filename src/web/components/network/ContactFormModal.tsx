import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import type { Contact } from '../../../domain/network/api';
import { ApiError } from '../../api/client';
import { useSaveContact } from '../../api/network';
import { contactFormValues, formErrors, toContactBody, validateContactForm, type ContactFormValues } from './contact-form-values';
import { ContactFormFields } from './ContactFormFields';

type Props = {
  opened: boolean;
  onClose: () => void;
  /** Edit this contact; absent: add a new one. */
  contact?: Contact | null;
  onSaved?: (c: Contact) => void;
};

export function ContactFormModal({ opened, onClose, contact, onSaved }: Props) {
  const fullScreen = useMediaQuery('(max-width: 36em)');
  const save = useSaveContact();
  const form = useForm<ContactFormValues>({ initialValues: contactFormValues(contact), validate: validateContactForm });
  const { setValues, resetDirty, clearErrors } = form;
  const { reset: resetSave } = save;

  useEffect(() => {
    if (!opened) return;
    const values = contactFormValues(contact);
    setValues(values);
    resetDirty(values);
    clearErrors();
    resetSave();
    // Reset only when the modal opens (or switches contact), not while typing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened, contact?.id]);

  const submit = (values: ContactFormValues) =>
    save.mutate(
      { id: contact?.id, body: toContactBody(values) },
      {
        onSuccess: (c) => {
          notifications.show({ color: 'teal', message: contact ? `Saved ${c.displayName}` : `Added ${c.displayName}` });
          onClose();
          onSaved?.(c);
        },
        onError: (err) => {
          if (err instanceof ApiError && err.problem.errors?.length) {
            const errors = formErrors(values, err.problem.errors);
            form.setErrors(errors);
            focusFirstError(errors);
          }
        },
      },
    );

  // The form is long: bring the first invalid field into view.
  const focusFirstError = (errors: Record<string, unknown>) => {
    const first = Object.keys(errors)[0];
    const node = first ? form.getInputNode(first) : null;
    node?.focus();
    node?.scrollIntoView({ block: 'center' });
  };

  return (
    <Modal opened={opened} onClose={onClose} title={contact ? `Edit ${contact.displayName}` : 'Add contact'} size="lg" fullScreen={fullScreen}>
      <form onSubmit={form.onSubmit(submit, focusFirstError)} noValidate>
        <Stack>
          <ContactFormFields form={form} />
          {save.error && <Alert color="red" role="alert">{save.error.message}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>Cancel</Button>
            <Button type="submit" loading={save.isPending}>{contact ? 'Save changes' : 'Add contact'}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
