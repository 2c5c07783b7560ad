/**
 * Invented people, companies and small talk for the demo. Every company and person is made up;
 * e-mail domains use the reserved `.example` TLD so nothing reaches a real mailbox.
 */

export const GIVEN_NAMES = [
  'Amara', 'Ben', 'Chloé', 'Dmitri', 'Elena', 'Farid', 'Grace', 'Hiroshi', 'Ines', 'Jonas',
  'Kavya', 'Liam', 'Mei', 'Nadia', 'Omar', 'Priya', 'Quentin', 'Rosa', 'Samuel', 'Tariq',
  'Uma', 'Victor', 'Wen', 'Ximena', 'Yusuf', 'Zoë', 'Aaliyah', 'Bruno', 'Carmen', 'Desmond',
  'Esther', 'Felix', 'Gabriela', 'Hamid', 'Ingrid', 'Jamal', 'Keiko', 'Lucas', 'Marisol', 'Nikhil',
  'Olivia', 'Pedro', 'Rania', 'Sofia', 'Theo', 'Valentina', 'Wesley', 'Yara', 'Zane', 'Abena',
  'Caleb', 'Daria', 'Emeka', 'Fiona', 'Gustavo', 'Hana', 'Isaac', 'Lena', 'Mateo', 'Noor',
] as const;

export const FAMILY_NAMES = [
  'Adeyemi', 'Bergström', 'Castillo', 'Dubois', 'Eriksen', 'Fernandes', 'Gallagher', 'Haddad', 'Ivanova', 'Jensen',
  'Kowalski', 'Lindqvist', 'Mbeki', 'Nakamura', 'Oyelaran', 'Petrov', 'Quintero', 'Rahman', 'Silva', 'Tanaka',
  'Umarov', 'Vasquez', 'Whitfield', 'Xu', 'Yilmaz', 'Zimmermann', 'Achebe', 'Brennan', 'Chowdhury', 'Delacroix',
  'Esposito', 'Fitzgerald', 'Gonzaga', 'Holmberg', 'Iyer', 'Jaramillo', 'Kimura', 'Laurent', 'Moreau', 'Nwosu',
  'Okonkwo', 'Park', 'Reyes', 'Sandoval', 'Thorne', 'Varga', 'Wójcik', 'Yamamoto', 'Zhou', 'Abbott',
] as const;

export type DemoCompany = { name: string; domain: string; industry: string };

/** The first company is the demo user's employer: every "inside" contact works there. */
export const COMPANIES: readonly DemoCompany[] = [
  { name: 'Harborlight Software', domain: 'harborlight.example', industry: 'Software' },
  { name: 'Cobalt Ridge Bank', domain: 'cobaltridge.example', industry: 'Financial services' },
  { name: 'Meadowlark Health', domain: 'meadowlark.example', industry: 'Healthcare' },
  { name: 'Northgate Logistics', domain: 'northgate.example', industry: 'Logistics' },
  { name: 'Bluefern Studio', domain: 'bluefern.example', industry: 'Design' },
  { name: 'Quillstone Publishing', domain: 'quillstone.example', industry: 'Media' },
  { name: 'Tidewater Energy', domain: 'tidewater.example', industry: 'Energy' },
  { name: 'Sablewood Consulting', domain: 'sablewood.example', industry: 'Consulting' },
  { name: 'Copperleaf Foods', domain: 'copperleaf.example', industry: 'Food & beverage' },
  { name: 'Pinecrest University', domain: 'pinecrest.example', industry: 'Education' },
  { name: 'Brightfield Robotics', domain: 'brightfield.example', industry: 'Manufacturing' },
  { name: 'Larkspur Insurance', domain: 'larkspur.example', industry: 'Insurance' },
  { name: 'Silverpine Analytics', domain: 'silverpine.example', industry: 'Software' },
  { name: 'Greenway Transit Authority', domain: 'greenway.example', industry: 'Public sector' },
  { name: 'Marigold Retail', domain: 'marigold.example', industry: 'Retail' },
  { name: 'Driftwood Marketing', domain: 'driftwood.example', industry: 'Marketing' },
  { name: 'Oakhaven Legal', domain: 'oakhaven.example', industry: 'Legal' },
  { name: 'Starling Biotech', domain: 'starling.example', industry: 'Biotech' },
  { name: 'Foxglove Community Trust', domain: 'foxglove.example', industry: 'Nonprofit' },
  { name: 'Redwood Cloud Systems', domain: 'redwoodcloud.example', industry: 'Software' },
  { name: 'Kestrel Aerospace', domain: 'kestrel.example', industry: 'Aerospace' },
  { name: 'Willowbrook Hospital', domain: 'willowbrook.example', industry: 'Healthcare' },
  { name: 'Juniper Telecom', domain: 'junipertel.example', industry: 'Telecommunications' },
  { name: 'Ember & Oak Recruiting', domain: 'emberoak.example', industry: 'Staffing' },
  { name: 'Saltmarsh Games', domain: 'saltmarsh.example', industry: 'Gaming' },
];

/** Department → the role a mid-level person there holds. */
export const DEPARTMENTS: Record<string, string> = {
  Engineering: 'Software Engineer',
  Product: 'Product Manager',
  Design: 'Product Designer',
  Data: 'Data Scientist',
  Sales: 'Account Executive',
  Marketing: 'Marketing Manager',
  Finance: 'Financial Analyst',
  People: 'People Partner',
  Operations: 'Operations Analyst',
  'Customer Success': 'Customer Success Manager',
};

export const TOPICS = [
  'career moves', 'team hiring', 'product strategy', 'a conference talk', 'moving into data science',
  'negotiating an offer', 'the reorg', 'a book recommendation', 'AI tooling', 'remote work',
  'public speaking', 'managing up', 'pricing', 'design systems', 'going part-time', 'a side project',
  'board service', 'promotion criteria', 'mentoring juniors', 'work-life balance',
] as const;

export const TAGS = [
  'python', 'design systems', 'hiring', 'career change', 'public speaking', 'data', 'leadership',
  'book club', 'running', 'climate', 'fintech', 'women in tech', 'alumni', 'open source',
] as const;

export const EVENTS = [
  'the Women in Product summit', 'a local tech meetup', 'DataConf', 'a Pinecrest alumni evening',
  'the regional design week', 'a hackathon', 'a charity 10k', 'an industry mixer',
] as const;

export const PLACES = ['Café Lune', 'the corner bakery', 'Bean & Leaf', 'the office kitchen', 'Parkside Coffee', 'a ramen place'] as const;
