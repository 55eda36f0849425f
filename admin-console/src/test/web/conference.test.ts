import { describe, expect, it } from 'vitest';
import { agencyLabel, raisedActions, reasonText } from '../../main/web/src/conference';

describe('a case conference as recorded', () => {
  it('says why a person is on the agenda', () => {
    expect(reasonText('RELEASE_DUE')).toBe('Release due');
    expect(reasonText('NOT_DISCUSSED_IN_8_WEEKS')).toBe('Not discussed in 8 weeks');
  });

  it('raises no action without its text, and one with the inputs given', () => {
    expect(raisedActions({ area: 'ACCOMMODATION', agency: 'housing', text: '  ', due: '' })).toEqual([]);
    expect(raisedActions({ area: 'ACCOMMODATION', agency: 'housing', text: 'Find a hostel place', due: '2026-12-21' }))
      .toEqual([{ area: 'ACCOMMODATION', agency: 'housing', text: 'Find a hostel place', due: '2026-12-21' }]);
    expect(raisedActions({ area: '', agency: '', text: 'Find a hostel place', due: '' })).toEqual([{ text: 'Find a hostel place' }]);
  });

  it('names agencies, acronyms as written', () => {
    expect(agencyLabel('police')).toBe('Police');
    expect(agencyLabel('yos')).toBe('YOS');
  });
});
