import { ContactListPage } from './network/ContactListPage';

/** /network: the contact list. */
export function NetworkPage() {
  return <ContactListPage />;
}
