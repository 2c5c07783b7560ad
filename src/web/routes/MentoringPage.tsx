import { ComingCapability } from '../components/ComingCapability';

export function MentoringPage() {
  return (
    <ComingCapability
      title="Mentoring"
      intro="Several mentors of different kinds, and a relationship you drive as the mentee."
      items={[
        'Your mentors and mentees: guardian angel, shepherd, your personal board of directors',
        'A mentor directory and a shareable mentor wish list',
        'An expectations agreement both of you accept: goals, cadence, channels, confidentiality',
        'Goals with progress updates, meetings with agendas and action items, questions between meetings',
        'Shadow-a-day requests and interview preparation',
      ]}
    />
  );
}
