import { useSession } from '../../api/session';
import { browserTimeZone } from '../../components/TimeZoneSelect';

/** Times are shown in the zone the user set in Settings (else the browser's). */
export function useViewerZone(): string {
  return useSession().data?.user.timezone ?? browserTimeZone();
}
