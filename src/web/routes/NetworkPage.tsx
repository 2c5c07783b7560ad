import { ComingCapability } from '../components/ComingCapability';

export function NetworkPage() {
  return (
    <ComingCapability
      title="Network"
      intro="Everyone you know professionally, and every conversation you have had with them."
      items={[
        'Contacts with company, title, circle (mentor, colleague, customer, …), how you met, birthdays and notes',
        'A timeline of coffees, calls, meetings and interviews per person',
        'Import from LinkedIn, vCard and Google or Outlook CSV, with duplicates merged, never dropped',
        'Export everything back as CSV, vCard or JSON',
        'A picture of your network by circle, level and company, and where it is thin',
      ]}
    />
  );
}
