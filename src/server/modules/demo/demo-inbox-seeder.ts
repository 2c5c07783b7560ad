import type { Db } from '../../db/client';
import { todayIn } from '../../../domain/follow-through/index';
import { getUser } from '../accounts/service';
import { listFollowUpsForDigest } from '../follow-through/feed-service';
import { listRequests } from '../mentor-directory/requests-service';
import { news, notify } from '../inbox/service';
import { DEMO_EMAIL_DOMAIN, findDemoUserId } from './demo-queries';
import type { DemoSeeder } from './demo-seeders';

/**
 * The demo's inbox, told through the real producer API after the other seeders ran: the mentor
 * request waiting from Jordan (mentor-directory seeder) and today's "due today" item, both unread,
 * and yesterday's, read. Each item points at something that exists in the demo. The times are
 * explicit: everything in one transaction would otherwise share one instant and one order.
 */
export const inboxSeeder: DemoSeeder = {
  name: 'inbox',
  async seed(ctx) {
    const tx = ctx.tx as unknown as Db;
    const jordan = await findDemoUserId(tx, `directory-jordan@${DEMO_EMAIL_DOMAIN}`);
    const waiting = await listRequests(tx, ctx.userId, { box: 'incoming', status: 'pending', limit: 5, cursor: undefined });
    const due = await listFollowUpsForDigest(tx, ctx.userId, ctx.now);
    const titles = [...due.overdue, ...due.today].map((i) => i.title);
    const yesterday = new Date(ctx.now.getTime() - 86_400_000);
    const tz = (await getUser(tx, ctx.userId)).timezone;
    await notify(tx, news.dueToday({ userId: ctx.userId, localDate: todayIn(tz, yesterday), overdue: Math.max(0, due.overdue.length - 1), today: 2, titles: titles.slice(1) }), { at: yesterday, readAt: ctx.now });
    for (const r of waiting.items) {
      if (jordan) await notify(tx, news.mentorRequested({ requestId: r.id, mentorUserId: ctx.userId, menteeUserId: jordan, message: r.message }), { at: new Date(ctx.now.getTime() - 3 * 3_600_000), readAt: null });
    }
    await notify(tx, news.dueToday({ userId: ctx.userId, localDate: todayIn(tz, ctx.now), overdue: due.overdue.length, today: due.today.length, titles }), { at: ctx.now, readAt: null });
  },
};
