import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParams } from '../../../domain/accounts/schemas';
import {
  addPeopleMetBody,
  addPeopleMetResponse,
  attendanceQuery,
  attendanceResponse,
  checkInBody,
  checkInParams,
  cancelScopeQuery,
  createEventBody,
  editScopeQuery,
  eventListResponse,
  listingBody,
  eventResponse,
  listEventsQuery,
  peopleMetResponse,
  programAttendanceResponse,
  rsvpBody,
  updateEventBody,
} from '../../../domain/events/api';
import { requireActor } from '../../auth/require-actor';
import type { AppDeps } from '../../app';
import { eventGate, programEventsGate } from './context';
import * as svc from './events-service';
import { cancelEvent, cancelPreview } from './cancel-service';
import { cancelPreviewResponse, editReachResponse } from '../../../domain/events/reach';
import { editReach } from './series';
import { rsvp, setListing } from './rsvp-service';
import { attendance, checkIn, programAttendance, undoCheckIn } from './check-in-service';
import { addPeopleMet, peopleMet } from './people-met-service';
import { buildInvite, organizerFrom } from './invite-ics';
import * as q from './queries';
import { searchProgramPeople } from '../programs/service';

const tags = ['events'];

/** The events room: a program's events, RSVPs with capacity and waitlist, invites, check-in, people met. */
export const eventsRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, config }) => {
  app.get(
    '/programs/:id/events',
    { schema: { tags, summary: 'A program’s events you are invited to (coordinators: all): upcoming soonest first, or past latest first', params: idParams, querystring: listEventsQuery, response: { 200: eventListResponse } } },
    async (req) => {
      const { viewer } = await programEventsGate(db, req, req.params.id, 'list');
      return svc.listProgramEvents(db, viewer, req.query);
    },
  );

  app.post(
    '/programs/:id/events',
    { schema: { tags, summary: 'Create an event (coordinators)', params: idParams, body: createEventBody, response: { 201: eventResponse } } },
    async (req, reply) => {
      const { viewer } = await programEventsGate(db, req, req.params.id, 'create');
      return reply.code(201).send(await svc.createEvent(db, viewer, req.body));
    },
  );

  app.get(
    '/programs/:id/event-attendance',
    { schema: { tags, summary: 'RSVPed, checked in, no-shows and walk-ins per started event (coordinators)', params: idParams, response: { 200: programAttendanceResponse } } },
    async (req) => {
      const { viewer } = await programEventsGate(db, req, req.params.id, 'read_attendance');
      return programAttendance(db, viewer);
    },
  );

  app.get('/my-events', { schema: { tags, summary: 'Upcoming events you (or your ward) are going to or waitlisted for, across programs', response: { 200: eventListResponse } } }, async (req) => {
    const actor = requireActor(req);
    return svc.myEvents(db, actor.userId);
  });

  app.get('/events/:id', { schema: { tags, summary: 'One event', params: idParams, response: { 200: eventResponse } } }, async (req) => {
    const { ctx } = await eventGate(db, req, req.params.id, 'read');
    return svc.getEvent(db, ctx);
  });

  app.patch(
    '/events/:id',
    { schema: { tags, summary: 'Edit an event (coordinators); SEQUENCE goes up and people going get the updated invite. In a series, scope=following|all edits later (or all) upcoming occurrences too', params: idParams, querystring: editScopeQuery, body: updateEventBody, response: { 200: eventResponse } } },
    async (req) => {
      const { actor } = await eventGate(db, req, req.params.id, 'manage');
      return svc.updateEvent(db, config, actor.userId, req.params.id, req.body, req.query.scope);
    },
  );

  app.get(
    '/events/:id/cancel-preview',
    { schema: { tags, summary: 'What cancelling would do (coordinators): how many occurrences, and how many people going or waitlisted would be told. scope=series: this and every later occurrence', params: idParams, querystring: cancelScopeQuery, response: { 200: cancelPreviewResponse } } },
    async (req) => {
      const { ctx } = await eventGate(db, req, req.params.id, 'manage');
      return cancelPreview(db, ctx, req.query.scope);
    },
  );

  app.get(
    '/events/:id/edit-reach',
    { schema: { tags, summary: 'How many other upcoming occurrences an edit with scope=following or scope=all would change as well (coordinators); 0 and 0 outside a series', params: idParams, response: { 200: editReachResponse } } },
    async (req) => {
      const { ctx } = await eventGate(db, req, req.params.id, 'manage');
      return editReach(db, ctx.event);
    },
  );

  app.post(
    '/events/:id/cancel',
    { schema: { tags, summary: 'Cancel an event (coordinators); everyone going or waitlisted is told. scope=series cancels this and every later occurrence', params: idParams, querystring: cancelScopeQuery, response: { 200: eventResponse } } },
    async (req) => {
      const { actor } = await eventGate(db, req, req.params.id, 'manage');
      return cancelEvent(db, config, actor.userId, req.params.id, req.query.scope);
    },
  );

  app.post(
    '/events/:id/rsvp',
    { schema: { tags, summary: 'Answer going or not going (a guardian may answer for their minor); when full, going joins the waitlist', params: idParams, body: rsvpBody, response: { 200: eventResponse } } },
    async (req) => {
      const { actor } = await eventGate(db, req, req.params.id, 'rsvp');
      return rsvp(db, config, actor.userId, req.params.id, req.body);
    },
  );

  app.put(
    '/events/:id/listing',
    { schema: { tags, summary: 'Agree (or not) to be listed under “people you met” for other attendees (RSVPed, or a walk-in); any time, also after the event', params: idParams, body: listingBody, response: { 200: eventResponse } } },
    async (req) => {
      const { ctx } = await eventGate(db, req, req.params.id, 'people_met');
      return setListing(db, ctx, req.body.listed);
    },
  );

  app.get(
    '/events/:id/invite.ics',
    { schema: { tags, summary: 'The event as an iCalendar invite (METHOD:REQUEST, or METHOD:CANCEL once cancelled)', params: idParams, produces: ['text/calendar'] } },
    async (req, reply) => {
      const { actor, ctx } = await eventGate(db, req, req.params.id, 'read');
      const [person] = await searchProgramPeople(db, ctx.event.programId, { userIds: [actor.userId] }, null, 1);
      const mine = await q.findRsvp(db, ctx.event.id, actor.userId);
      const ics = buildInvite({
        event: ctx.event,
        programName: ctx.programName,
        appUrl: config.publicUrl,
        organizer: organizerFrom(ctx.programName, config.mailFrom),
        attendee: person ? { name: person.name, email: person.email, status: (mine?.status as 'going' | 'waitlisted' | 'not_going' | undefined) ?? null } : undefined,
        now: new Date(),
      });
      const slug = ctx.event.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'event';
      return reply
        .header('content-type', `text/calendar; charset=utf-8; method=${ctx.event.status === 'cancelled' ? 'CANCEL' : 'REQUEST'}`)
        .header('content-disposition', `attachment; filename="${slug}.ics"`)
        .send(ics);
    },
  );

  app.get(
    '/events/:id/attendance',
    { schema: { tags, summary: 'The door list: the program’s people with their answers and check-ins, and the summary (coordinators)', params: idParams, querystring: attendanceQuery, response: { 200: attendanceResponse } } },
    async (req) => {
      const { ctx } = await eventGate(db, req, req.params.id, 'check_in');
      return attendance(db, ctx, req.query);
    },
  );

  app.post(
    '/events/:id/check-ins',
    { schema: { tags, summary: 'Check someone in (coordinators); a member who had not said going is a walk-in, who may agree to be listed under people met', params: idParams, body: checkInBody, response: { 200: attendanceResponse } } },
    async (req) => {
      const { ctx } = await eventGate(db, req, req.params.id, 'check_in');
      return checkIn(db, ctx, req.body.memberId, req.body.listed);
    },
  );

  app.delete(
    '/events/:id/check-ins/:memberId',
    { schema: { tags, summary: 'Undo a check-in (coordinators)', params: checkInParams, response: { 204: z.null() } } },
    async (req, reply) => {
      const { ctx } = await eventGate(db, req, req.params.id, 'check_in');
      await undoCheckIn(db, ctx, req.params.memberId);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/events/:id/people-met',
    { schema: { tags, summary: 'Other checked-in attendees who agreed to be listed (you must be checked in)', params: idParams, response: { 200: peopleMetResponse } } },
    async (req) => {
      const { ctx } = await eventGate(db, req, req.params.id, 'people_met');
      return peopleMet(db, ctx);
    },
  );

  app.post(
    '/events/:id/people-met',
    { schema: { tags, summary: 'Add people you met to your network: contacts (an e-mail match is reused) and one event interaction', params: idParams, body: addPeopleMetBody, response: { 200: addPeopleMetResponse } } },
    async (req) => {
      const { ctx } = await eventGate(db, req, req.params.id, 'people_met');
      return addPeopleMet(db, ctx, req.body.memberIds);
    },
  );
};
