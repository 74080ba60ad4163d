// The classroom's addresses, printed by `npm run classroom`: `/?class=CODE` opens Join a class with the code
// filled in (and, after a reload, the same seat), `/?teacher=CODE#key=KEY` opens the teacher's page (the key
// stays in the #fragment, which browsers never send to a server). The page then opens through Boot.
import { SCENE } from './navigation/scene-keys';
import type { FirstScreen } from './replay-link';

const CODE = /^[A-Za-z0-9]{1,12}$/;

/** The screen a class address opens, or null for any other address. */
export function classLinkOf(search: string, hash: string): FirstScreen | null {
  const params = new URLSearchParams(search);
  const teacher = params.get('teacher');
  if (teacher !== null && CODE.test(teacher)) return { key: SCENE.teacher, data: { code: teacher.toUpperCase(), key: new URLSearchParams(hash.replace(/^#/, '')).get('key') ?? '' } };
  const student = params.get('class');
  if (student !== null && CODE.test(student)) return { key: SCENE.joinClass, data: { code: student.toUpperCase() } };
  return null;
}
