import { Center, Loader } from '@mantine/core';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { lazy, Suspense } from 'react';
import { useSession } from './api/session';
import { AppLayout } from './components/AppLayout';
import { LoginPage } from './routes/LoginPage';
import { SignupPage } from './routes/SignupPage';
import { TodayPage } from './routes/TodayPage';
import { NetworkPage } from './routes/NetworkPage';
import { ContactPage } from './routes/network/ContactPage';
import { DuplicatesPage } from './routes/network/DuplicatesPage';
import { InterviewsPage } from './routes/InterviewsPage';
import { InterviewDetailPage } from './routes/interviews/InterviewDetailPage';
import { MentoringPage } from './routes/MentoringPage';
import { MentorDetailPage } from './routes/mentoring/MentorDetailPage';
import { InterviewPrepPage } from './routes/mentoring/InterviewPrepPage';
import { DirectoryPage } from './routes/mentor-directory/DirectoryPage';
import { MenteeDetailPage } from './routes/mentor-directory/MenteeDetailPage';
import { SettingsPage } from './routes/settings/SettingsPage';
import { NotFoundPage } from './routes/NotFoundPage';
import { OverviewPage } from './routes/network/OverviewPage';
import { PromisesPage } from './routes/promises/PromisesPage';
import { TemplatesPage } from './routes/templates/TemplatesPage';
import { FindsPage } from './routes/finds/FindsPage';
import { ProgramsPage } from './routes/programs/ProgramsPage';
import { ProgramPage } from './routes/programs/ProgramPage';
import { InvitationPage } from './routes/programs/InvitationPage';
import { InvitationLanding } from './routes/programs/InvitationLanding';
import { InboxPage } from './routes/inbox/InboxPage';
import { MyEventsPage } from './routes/events/MyEventsPage';
import { EventPage } from './routes/events/EventPage';
import { CheckInPage } from './routes/events/CheckInPage';
import { JobsPage } from './routes/job-board/JobsPage';

// The import wizard carries the file parsers; load it only when someone imports.
const ImportPage = lazy(() => import('./routes/network/import/ImportPage').then((m) => ({ default: m.ImportPage })));
const pageLoader = (
  <Center py="xl" aria-busy="true">
    <Loader aria-label="Loading" />
  </Center>
);

function RequireSession({ children }: { children: React.ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) {
    return (
      <Center h="100vh" aria-busy="true">
        <Loader aria-label="Loading" />
      </Center>
    );
  }
  if (!session.data) return <Navigate to={`/login?next=${encodeURIComponent(location.pathname)}`} replace />;
  return <>{children}</>;
}

export function App() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route path="/signup" element={<SignupPage />} />
      <Route path="/invitations/:token" element={<InvitationLanding />} />
      <Route
        element={
          <RequireSession>
            <AppLayout />
          </RequireSession>
        }
      >
        <Route index element={<TodayPage />} />
        <Route path="network" element={<NetworkPage />} />
        <Route path="network/contacts/:id" element={<ContactPage />} />
        <Route path="network/import" element={<Suspense fallback={pageLoader}><ImportPage /></Suspense>} />
        <Route path="network/duplicates" element={<DuplicatesPage />} />
        <Route path="network/overview" element={<OverviewPage />} />
        <Route path="promises" element={<PromisesPage />} />
        <Route path="templates" element={<TemplatesPage />} />
        <Route path="finds" element={<FindsPage />} />
        <Route path="interviews" element={<InterviewsPage />} />
        <Route path="interviews/:id" element={<InterviewDetailPage />} />
        <Route path="mentoring" element={<MentoringPage />} />
        <Route path="mentoring/find" element={<DirectoryPage />} />
        <Route path="mentoring/mentees/:id" element={<MenteeDetailPage />} />
        <Route path="mentoring/interview-preps/:id" element={<InterviewPrepPage />} />
        <Route path="mentoring/:id" element={<MentorDetailPage />} />
        <Route path="programs" element={<ProgramsPage />} />
        <Route path="programs/:id" element={<ProgramPage />} />
        <Route path="programs/join/:token" element={<InvitationPage />} />
        <Route path="events" element={<MyEventsPage />} />
        <Route path="events/:id" element={<EventPage />} />
        <Route path="events/:id/check-in" element={<CheckInPage />} />
        <Route path="jobs" element={<JobsPage />} />
        <Route path="settings" element={<SettingsPage />} />
        <Route path="inbox" element={<InboxPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
