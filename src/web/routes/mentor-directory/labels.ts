import type { AgeBand, Availability, Gender, RequestStatus } from '../../../domain/mentor-directory/rules';

export const AVAILABILITY_LABELS: Record<Availability, string> = { open: 'Taking mentees', limited: 'Limited availability', closed: 'Not taking mentees' };
export const AVAILABILITY_COLORS: Record<Availability, string> = { open: 'green', limited: 'yellow', closed: 'gray' };
export const availabilityOptions = (Object.keys(AVAILABILITY_LABELS) as Availability[]).map((v) => ({ value: v, label: AVAILABILITY_LABELS[v] }));

export const AGE_BAND_LABELS: Record<AgeBand, string> = { under_18: 'Under 18', '18_24': '18–24', '25_34': '25–34', '35_44': '35–44', '45_54': '45–54', '55_64': '55–64', '65_plus': '65 or older' };
export const ageBandOptions = (Object.keys(AGE_BAND_LABELS) as AgeBand[]).map((v) => ({ value: v, label: AGE_BAND_LABELS[v] }));
export const GENDER_LABELS: Record<Gender, string> = { woman: 'Woman', man: 'Man', non_binary: 'Non-binary', another: 'Another gender' };
export const genderOptions = (Object.keys(GENDER_LABELS) as Gender[]).map((v) => ({ value: v, label: GENDER_LABELS[v] }));

export const REQUEST_STATUS_LABELS: Record<RequestStatus, string> = { pending: 'Waiting for an answer', accepted: 'Accepted', declined: 'Declined', withdrawn: 'Withdrawn' };
export const REQUEST_STATUS_COLORS: Record<RequestStatus, string> = { pending: 'blue', accepted: 'green', declined: 'gray', withdrawn: 'gray' };

export const formatInstant = (iso: string) => new Date(iso).toLocaleDateString(undefined, { month: 'short', day: 'numeric', year: 'numeric' });
