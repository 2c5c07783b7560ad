import { ComingCapability } from '../components/ComingCapability';

export function TodayPage() {
  return (
    <ComingCapability
      title="Today"
      intro="One list of what to follow through on now: nothing slips because nothing has to be remembered."
      items={[
        'Overdue items, what is due today and what is coming up this week, in your time zone',
        'Keep-in-touch reminders from your cadences (e.g. a potential mentor every 2 months)',
        'Promises: introductions others offered you to coordinate, and things you promised to send',
        'One thank-you note per person after an interview or meeting, with a recap prompt',
        'Birthdays and special dates, and weekly networking habits with streaks',
        'Done, snooze or skip with a reason, in one click',
      ]}
    />
  );
}
