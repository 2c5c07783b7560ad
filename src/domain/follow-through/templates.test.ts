import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  characterCount,
  extractFields,
  mailtoUrl,
  renderTemplate,
  TemplateSyntaxError,
  validateTemplate,
} from './templates';
import { BUILT_IN_TEMPLATES, findBuiltInTemplate, LINKEDIN_NOTE_LIMIT, renderMessage } from './built-in-templates';

describe('renderTemplate', () => {
  it('fills known fields', () => {
    expect(renderTemplate('Hi {title} {lastName}, from {myName}', { title: 'Dr.', lastName: 'Okafor', myName: 'Sam' })).toEqual({
      text: 'Hi Dr. Okafor, from Sam',
      missing: [],
      unknown: [],
    });
  });
  it('leaves missing fields visible and reports each once', () => {
    expect(renderTemplate('{topic}! more {topic} and {eventName}', { topic: '  ', eventName: null })).toEqual({
      text: '[topic]! more [topic] and [eventName]',
      missing: ['topic', 'eventName'],
      unknown: [],
    });
  });
  it('derives fullName from first and last name unless given', () => {
    expect(renderTemplate('{fullName}', { firstName: 'Ana', lastName: 'Silva' }).text).toBe('Ana Silva');
    expect(renderTemplate('{fullName}', { firstName: 'Ana' }).text).toBe('Ana');
    expect(renderTemplate('{fullName}', { fullName: 'Ana M. Silva', firstName: 'Ana' }).text).toBe('Ana M. Silva');
    expect(renderTemplate('{fullName}', {}).missing).toEqual(['fullName']);
  });
  it('renders numbers and reports unknown field names', () => {
    expect(renderTemplate('{frist} {date} {count}', { date: '2026-03-10', count: 3 })).toEqual({
      text: '[frist] 2026-03-10 3',
      missing: ['frist'],
      unknown: ['frist', 'count'],
    });
  });
  it('allows whitespace inside braces and keeps multi-line text', () => {
    expect(renderTemplate('Hi { firstName },\n\nThanks', { firstName: 'Lee' }).text).toBe('Hi Lee,\n\nThanks');
  });
  it('does not re-expand braces that come from field values', () => {
    expect(renderTemplate('{recap}', { recap: 'we said {topic}' }).text).toBe('we said {topic}');
  });
  it('leaves text without fields untouched (property)', () => {
    fc.assert(
      fc.property(fc.string().filter((s) => !s.includes('{') && !s.includes('}')), (s) => {
        expect(renderTemplate(s, {})).toEqual({ text: s, missing: [], unknown: [] });
      }),
    );
  });
});

describe('template syntax', () => {
  it.each([
    ['Hi {firstName', "Unclosed '{'", 3],
    ['Hi firstName}', "Unmatched '}'", 12],
    ['Hi {{firstName}}', "Unexpected '{' inside a merge field", 4],
    ['Hi {first{Name}', "Unexpected '{' inside a merge field", 9],
    ['Hi {}', "Empty merge field '{}'", 3],
    ['Hi {first name}', 'Invalid merge field name "first name"', 3],
    ['Hi {1st}', 'Invalid merge field name "1st"', 3],
    ['Hi {firstName\n}', "Unclosed '{'", 3],
  ])('%j → %s at %i', (body, reason, position) => {
    expect(() => renderTemplate(body, {})).toThrow(TemplateSyntaxError);
    const result = validateTemplate(body);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toContain(reason);
    expect(result.error.position).toBe(position);
  });
  it('reports line and column', () => {
    expect(validateTemplate('Hi,\n\nthanks for {topic')).toMatchObject({
      ok: false,
      error: { line: 3, column: 12, message: expect.stringContaining('(line 3, column 12)') },
    });
  });
  it('extracts distinct fields in order', () => {
    expect(extractFields('{b} {a} {b} { c }')).toEqual(['b', 'a', 'c']);
    expect(validateTemplate('plain')).toEqual({ ok: true, fields: [] });
    expect(() => extractFields('{')).toThrow(TemplateSyntaxError);
  });
});

describe('built-in templates', () => {
  it('all parse and have unique ids', () => {
    expect(new Set(BUILT_IN_TEMPLATES.map((t) => t.id)).size).toBe(BUILT_IN_TEMPLATES.length);
    for (const t of BUILT_IN_TEMPLATES) {
      expect(validateTemplate(t.body).ok).toBe(true);
      if (t.subject !== null) expect(validateTemplate(t.subject).ok).toBe(true);
    }
    expect(BUILT_IN_TEMPLATES.map((t) => t.id)).toEqual([
      'thank-you-recap',
      'linkedin-connection-note',
      'informational-interview-request',
      'mentor-ask',
      'mentor-progress-update',
      'share-something-useful',
    ]);
  });

  it('renders the LinkedIn note with its length under the limit', () => {
    const note = findBuiltInTemplate('linkedin-connection-note')!;
    const rendered = renderMessage(note, { title: 'Dr.', lastName: 'Okafor', topic: 'platform teams', myName: 'Sam' });
    expect(rendered.body).toBe(
      "Hi Dr. Okafor, thanks again for chatting with me the other day. I enjoyed your perspective on platform teams. I'd love to connect to stay in touch. Thanks! Sam",
    );
    expect(rendered).toMatchObject({ subject: null, missing: [], characterLimit: 300, overLimit: false });
    expect(rendered.length).toBe(rendered.body.length);
  });

  it('flags a LinkedIn note over 300 characters', () => {
    const note = findBuiltInTemplate('linkedin-connection-note')!;
    const base = renderMessage(note, { title: 'Dr.', lastName: 'Okafor', topic: '', myName: 'Sam' });
    const room = LINKEDIN_NOTE_LIMIT - (base.length - '[topic]'.length);
    const exact = renderMessage(note, { title: 'Dr.', lastName: 'Okafor', topic: 'x'.repeat(room), myName: 'Sam' });
    expect(exact).toMatchObject({ length: 300, overLimit: false });
    const over = renderMessage(note, { title: 'Dr.', lastName: 'Okafor', topic: 'x'.repeat(room + 1), myName: 'Sam' });
    expect(over).toMatchObject({ length: 301, overLimit: true });
  });

  it('merges missing fields from subject and body', () => {
    const rendered = renderMessage(findBuiltInTemplate('informational-interview-request')!, { firstName: 'Lee' });
    expect(rendered.subject).toBe('Quick question about your work at [company]');
    expect(rendered.missing).toEqual(['company', 'myName', 'topic']);
    expect(rendered.overLimit).toBe(false);
    expect(rendered.characterLimit).toBeNull();
  });

  it('counts emoji as one character', () => {
    expect(characterCount('hi 👋')).toBe(4);
  });
  it('finds nothing for an unknown id', () => {
    expect(findBuiltInTemplate('nope')).toBeUndefined();
  });
});

describe('mailtoUrl', () => {
  it('percent-encodes subject and body with %20 and CRLF', () => {
    expect(
      mailtoUrl({ to: 'lee@example.com', subject: 'Thanks & more?', body: 'Hi Lee,\nthanks = 100%\n— Sam' }),
    ).toBe(
      'mailto:lee@example.com?subject=Thanks%20%26%20more%3F&body=Hi%20Lee%2C%0D%0Athanks%20%3D%20100%25%0D%0A%E2%80%94%20Sam',
    );
  });
  it('joins several recipients and adds cc/bcc', () => {
    expect(mailtoUrl({ to: ['a@x.org', ' b+tag@x.org '], cc: 'c@x.org', bcc: [] })).toBe(
      'mailto:a@x.org,b%2Btag@x.org?cc=c@x.org',
    );
  });
  it('replaces lone surrogates instead of throwing', () => {
    expect(mailtoUrl({ to: 'a@x.org', subject: 'cut \uD83D' })).toBe('mailto:a@x.org?subject=cut%20%EF%BF%BD');
    expect(() => mailtoUrl({ to: 'a@x.org', body: '\uDC00x\uD83D\uDC4B' })).not.toThrow();
  });
  it('omits empty headers', () => {
    expect(mailtoUrl({ to: 'a@x.org', subject: '', body: null })).toBe('mailto:a@x.org');
  });
  it('round-trips any subject and body (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, unit: 'grapheme' }), fc.string({ minLength: 1, unit: 'grapheme' }), (subject, body) => {
        const url = new URL(mailtoUrl({ to: 'a@x.org', subject, body }));
        const params = new URLSearchParams(url.search.replace(/\+/g, '%2B'));
        expect(params.get('subject')).toBe(subject);
        expect(params.get('body')).toBe(body.replace(/\r?\n/g, '\r\n'));
        expect(url.search).not.toContain(' ');
      }),
    );
  });
});
