// The 403's sentence for every role and every action reads as English: a role noun, "may not", the action's
// words (never its dotted name) and a full stop.
import { describe, expect, it } from 'vitest';
import { ROLES } from '../../../kernel/actor.ts';
import { ACTIONS, refusalMessage } from './permissions.ts';

describe('refusal messages', () => {
  const cases = ROLES.flatMap((role) => Object.keys(ACTIONS).map((action) => [role, action] as const));

  it.each(cases)('%s refused %s', (role, action) => {
    const message = refusalMessage(role, action);
    expect(message).toMatch(/^(A|An) [a-z ]+ may not [a-z][a-z ,’]*[a-z]\.$/);
    expect(message).not.toContain(action);
    expect(message.endsWith(`may not ${ACTIONS[action as keyof typeof ACTIONS]}.`)).toBe(true);
  });

  it('reads like a sentence for a known example', () => {
    expect(refusalMessage('store_associate', 'orders.create')).toBe('A store associate may not create orders.');
  });
});
