import { ComingCapability } from '../components/ComingCapability';

export function InterviewsPage() {
  return (
    <ComingCapability
      title="Informational interviews"
      intro="Meet potential mentors by asking for 5–10 minutes of their time, then follow through."
      items={[
        'A pipeline from prospect to asked, scheduled, held, thanked, keeping in touch and potential mentor',
        'A question bank to pick from, with notes per question',
        'A reflection after each conversation that helps you star the ones that flowed best',
        'A thank-you task with recap and a reminder to reach out again in two months',
      ]}
    />
  );
}
