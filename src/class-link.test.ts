import { describe, expect, it } from 'vitest';
import { classLinkOf } from './class-link';

describe('the classroom’s addresses', () => {
  it('opens Join a class with the code from /?class=CODE', () => {
    expect(classLinkOf('?class=abc234', '')).toEqual({ key: 'JoinClass', data: { code: 'ABC234' } });
  });

  it('opens the teacher’s page with the key from the #fragment', () => {
    expect(classLinkOf('?teacher=ABC234', '#key=k_-9')).toEqual({ key: 'Teacher', data: { code: 'ABC234', key: 'k_-9' } });
  });

  it('leaves any other address to the Title (or a replay link)', () => {
    expect(classLinkOf('', '#r=1.abc')).toBeNull();
    expect(classLinkOf('?class=<script>', '')).toBeNull();
  });
});
