import type { InboxKind } from './kinds';

/**
 * The texts of every inbox item, one builder per event, so the wording and what each recipient is
 * told live in one place. `{actor}` in a title is replaced with the actor's name when stored.
 *
 * Privacy: a builder is given only what its recipient may already see — the request message the
 * mentor reads anyway, the kind reply the mentee reads anyway, a thread post both sides read —
 * never contact details, screening notes or anyone's private notes.
 */
export type InboxNews = {
  userId: string;
  kind: InboxKind;
  title: string;
  body?: string | null;
  link: string;
  /** Unique per recipient: the same event told twice is stored once. */
  dedupeKey: string;
  actorUserId?: string | null;
};

export const news = {
  mentorRequested: (r: { requestId: string; mentorUserId: string; menteeUserId: string; message: string }): InboxNews => ({
    userId: r.mentorUserId,
    actorUserId: r.menteeUserId,
    kind: 'mentor_request',
    title: '{actor} asked you to be their mentor',
    body: r.message,
    link: '/mentoring?tab=requests',
    dedupeKey: `mentor_request:${r.requestId}`,
  }),
  requestAccepted: (r: { requestId: string; menteeUserId: string; mentorUserId: string; message: string; mentorshipId: string }): InboxNews => ({
    userId: r.menteeUserId,
    actorUserId: r.mentorUserId,
    kind: 'request_accepted',
    title: '{actor} accepted your request to mentor you',
    body: r.message,
    link: `/mentoring/${r.mentorshipId}`,
    dedupeKey: `request_answered:${r.requestId}`,
  }),
  requestDeclined: (r: { requestId: string; menteeUserId: string; mentorUserId: string; message: string }): InboxNews => ({
    userId: r.menteeUserId,
    actorUserId: r.mentorUserId,
    kind: 'request_declined',
    title: '{actor} answered your mentoring request',
    body: r.message,
    link: '/mentoring?tab=requests',
    dedupeKey: `request_answered:${r.requestId}`,
  }),
  requestWithdrawn: (r: { requestId: string; menteeUserId: string; mentorUserId: string }): InboxNews => ({
    userId: r.mentorUserId,
    actorUserId: r.menteeUserId,
    kind: 'request_withdrawn',
    title: '{actor} withdrew their mentoring request',
    body: null,
    link: '/mentoring?tab=requests',
    dedupeKey: `request_withdrawn:${r.requestId}`,
  }),
  /**
   * A post in the questions thread, to the other party. The mentee reads it on the mentorship; the
   * mentor on that mentee's page (`/mentoring/mentees/<mentor_mentees.id>`) when the caller passes
   * the mentor's own id for the mentee (it belongs to mentor-directory), else on My mentees.
   */
  threadPost: (p: { postId: string; mentorshipId: string; menteeUserId: string; mentorUserId: string; authorUserId: string; kind: string; body: string | null; title: string | null; mentorMenteeId?: string | null }): InboxNews => {
    const toMentor = p.authorUserId === p.menteeUserId;
    const shared = p.kind === 'message' ? null : p.kind === 'job' ? 'a job listing' : p.kind === 'event' ? 'an event' : 'an article';
    return {
      userId: toMentor ? p.mentorUserId : p.menteeUserId,
      actorUserId: p.authorUserId,
      kind: 'thread_post',
      title: shared ? `{actor} shared ${shared}${p.title ? `: ${p.title}` : ''}` : toMentor ? '{actor} asked you a question' : '{actor} answered in your questions thread',
      body: p.body,
      link: toMentor ? (p.mentorMenteeId ? `/mentoring/mentees/${p.mentorMenteeId}` : '/mentoring?tab=mentees') : `/mentoring/${p.mentorshipId}`,
      dedupeKey: `thread_post:${p.postId}`,
    };
  },
  goalComment: (c: { postKey: string; menteeUserId: string; mentorUserId: string; goalTitle: string; body: string }): InboxNews => ({
    userId: c.menteeUserId,
    actorUserId: c.mentorUserId,
    kind: 'goal_comment',
    title: `{actor} commented on your goal “${c.goalTitle}”`,
    body: c.body,
    link: '/mentoring?tab=goals',
    dedupeKey: `goal_comment:${c.postKey}`,
  }),
  applicationCleared: (a: { applicationId: string; applicantUserId: string; programId: string; programName: string }): InboxNews => ({
    userId: a.applicantUserId,
    kind: 'application_cleared',
    title: `You are cleared to mentor in ${a.programName}`,
    body: 'Your screening is complete: background check, training and references. You can now be matched with mentees.',
    link: `/programs/${a.programId}`,
    dedupeKey: `application_cleared:${a.applicationId}`,
  }),
  matchPublished: (m: { runId: string; programId: string; programName: string; recipientUserId: string; as: 'mentor' | 'mentee' | 'guardian'; menteeMemberId: string; menteeName: string; mentorName: string }): InboxNews => ({
    userId: m.recipientUserId,
    kind: 'match_published',
    title:
      m.as === 'mentor'
        ? `You are matched with ${m.menteeName} in ${m.programName}`
        : m.as === 'mentee'
          ? `You are matched with ${m.mentorName} in ${m.programName}`
          : `${m.menteeName} is matched with ${m.mentorName} in ${m.programName}`,
    body: m.as === 'mentor' ? 'Say hello and agree on your first meeting.' : m.as === 'mentee' ? 'Your mentor will be in touch; you can say hello first.' : 'The match is published by the program coordinators.',
    link: `/programs/${m.programId}`,
    dedupeKey: `match_published:${m.runId}:${m.as}:${m.menteeMemberId}`,
  }),
  invitationAccepted: (i: { invitationId: string; inviterUserId: string; joinerUserId: string; programId: string; programName: string; role: string }): InboxNews => ({
    userId: i.inviterUserId,
    actorUserId: i.joinerUserId,
    kind: 'invitation_accepted',
    title: `{actor} joined ${i.programName} as ${i.role === 'mentee' ? 'a mentee' : i.role === 'mentor' ? 'a mentor' : i.role === 'guardian' ? 'a guardian' : 'a coordinator'}`,
    body: null,
    link: `/programs/${i.programId}?tab=people`,
    dedupeKey: `invitation_accepted:${i.invitationId}`,
  }),
  dueToday: (d: { userId: string; localDate: string; overdue: number; today: number; titles: string[] }): InboxNews | null => {
    if (d.overdue + d.today === 0) return null;
    const things = (n: number) => `${n} ${n === 1 ? 'thing' : 'things'}`;
    // Overdue items are on Today too, but calling them "due today" would hide that they are late.
    const title = d.today && d.overdue ? `${d.today} due today, ${d.overdue} overdue` : d.today ? `${things(d.today)} due today` : `${things(d.overdue)} overdue`;
    return {
      userId: d.userId,
      kind: 'due_today',
      title,
      body: d.titles.length ? `${d.titles.slice(0, 3).join(' · ')}${d.titles.length > 3 ? ` · and ${d.titles.length - 3} more` : ''}` : null,
      link: '/',
      dedupeKey: `due_today:${d.localDate}`,
    };
  },
  /** Self-service matching in a program (docs/programs.md): one builder for each step of a request, to the person it concerns. */
  programRequest: (r: { requestId: string; programId: string; programName: string; event: 'asked' | 'accepted' | 'awaiting_approval' | 'declined' | 'not_approved' | 'withdrawn' | 'matched_elsewhere' | 'moved_cohort' | 'expired'; recipientUserId: string; actorUserId?: string | null; message?: string | null }): InboxNews => {
    const p = r.programName;
    const told: Record<typeof r.event, [InboxKind, string]> = {
      asked: ['mentor_request', `{actor} asked you to mentor them in ${p}`],
      accepted: ['request_accepted', `{actor} accepted your request: you are matched in ${p}`],
      awaiting_approval: ['request_accepted', `{actor} said yes in ${p}; a coordinator will confirm the match`],
      declined: ['request_declined', `{actor} answered your request in ${p}`],
      not_approved: ['request_declined', `A coordinator did not approve the match in ${p}`],
      withdrawn: ['request_withdrawn', `{actor} withdrew their request in ${p}`],
      matched_elsewhere: ['request_withdrawn', `{actor} found a mentor in ${p}, so their request to you is closed`],
      moved_cohort: ['request_withdrawn', `A coordinator moved {actor} to another cohort in ${p}, so their request to you is closed`],
      expired: ['request_declined', `Your request in ${p} expired without an answer; you can ask another mentor`],
    };
    const [kind, title] = told[r.event];
    return { userId: r.recipientUserId, actorUserId: r.actorUserId ?? null, kind, title, body: r.message ?? null, link: `/programs/${r.programId}?tab=self-service`, dedupeKey: `program_request:${r.requestId}:${r.event}` };
  },
  /**
   * A mentor's yes in a minors' program waits for a coordinator (programs' self-service): each
   * coordinator is asked, and the item is retracted (`approvalDedupeKey`) once anyone decides.
   */
  matchAwaitingApproval: (r: { requestId: string; programId: string; programName: string; recipientUserId: string; actorUserId: string; menteeName: string; mentorName: string }): InboxNews => ({
    userId: r.recipientUserId,
    actorUserId: r.actorUserId,
    kind: 'match_approval',
    // The ask first: a phone shows two or three lines of a title.
    title: `Approve a match in ${r.programName}: ${r.menteeName} with {actor}`,
    body: `${r.mentorName} said yes to ${r.menteeName}’s request. The place stays held until a coordinator approves or declines.`,
    link: `/programs/${r.programId}?tab=self-service`,
    dedupeKey: approvalDedupeKey(r.requestId),
  }),
  /** A place opened up at an event (events): the promoted person, and a minor's guardian. */
  eventPlaceOpened: (p: { key: string; eventId: string; eventTitle: string; recipientUserId: string; promotedName: string; as: 'attendee' | 'guardian' }): InboxNews => ({
    userId: p.recipientUserId,
    kind: 'event_place',
    title: p.as === 'attendee' ? `A place opened up: you're going to ${p.eventTitle}` : `A place opened up: ${p.promotedName} is going to ${p.eventTitle}`,
    body: p.as === 'attendee' ? 'You were first on the waitlist; the invite is in your mail.' : `${p.promotedName} was first on the waitlist; the invite is in your mail.`,
    link: `/events/${p.eventId}`,
    dedupeKey: `event_place:${p.key}:${p.as}`,
  }),
};

/** The key of a coordinator's "waits for your approval" item, so the programs room can retract it. */
export const approvalDedupeKey = (requestId: string) => `program_request:${requestId}:approve`;
