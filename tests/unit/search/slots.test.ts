import {describe, expect, it} from 'vitest';
import {checkSlots, signatureSlots} from '../../../src/search/slots';

const TERMINATING = signatureSlots(
  'configmaps "app-config" is forbidden: unable to create new content in namespace demo-system because it is being terminated',
);

describe('signature slots', () => {
  it('finds quoted and bare names with their context', () => {
    expect(TERMINATING.map((slot) => slot.value)).toEqual([
      'app-config',
      'demo-system',
    ]);
  });

  it('skips empty quotes and names with nothing before them', () => {
    expect(signatureSlots('my-app-pod crashed')).toEqual([]);
    expect(signatureSlots('Secret "" exists')).toEqual([]);
  });

  it('confirms the entry when the query gives the same name', () => {
    const query =
      'Error: configmaps "app-config" is forbidden: unable to create new content';
    expect(checkSlots(TERMINATING, query)).toBe('confirmed');
  });

  it('contradicts the entry when another resource is in the same place', () => {
    const query =
      'secrets "db-password" is forbidden: unable to create new content in namespace because it is being terminated';
    expect(checkSlots(TERMINATING, query)).toBe('contradicted');
  });

  it('lets a loosely matching name cancel a different one', () => {
    const query =
      'secrets "other" is forbidden: unable to create new content in namespace demo-system because it is being terminated';
    expect(checkSlots(TERMINATING, query)).toBe('silent');
  });

  it('fills a bare slot only with a name shaped like one', () => {
    const other = 'namespace demo-prod is being terminated';
    expect(checkSlots(TERMINATING, other)).toBe('contradicted');
    expect(checkSlots(TERMINATING, 'namespace being terminated')).toBe(
      'silent',
    );
  });

  it('says nothing when the query does not fill the slots', () => {
    expect(checkSlots(TERMINATING, 'namespace is being terminated')).toBe(
      'silent',
    );
  });
});
