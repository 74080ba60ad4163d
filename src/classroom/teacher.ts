/**
 * The teacher's connection to a class lobby through the real client library: the latest roster, and each
 * command sent with the teacher key. For the teacher's page, the load tool and the tests.
 */
import { Client, type Room } from 'colyseus.js';
import { CLIENT, SERVER, type ErrorMessage, type Roster, type TeacherCommand } from './protocol';

export class TeacherLink {
  roster: Roster | null = null;
  readonly errors: ErrorMessage[] = [];
  private readonly waiters: { test: (r: Roster) => boolean; resolve: (r: Roster) => void }[] = [];

  private constructor(
    readonly room: Room,
    private readonly key: string,
  ) {
    room.onMessage(SERVER.roster, (roster: Roster) => {
      this.roster = roster;
      for (const w of [...this.waiters]) {
        if (!w.test(roster)) continue;
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve(roster);
      }
    });
    room.onMessage(SERVER.error, (e: ErrorMessage) => this.errors.push(e));
  }

  static async join(endpoint: string, code: string, teacherKey: string): Promise<TeacherLink> {
    const room = await new Client(endpoint).joinById(code, { role: 'teacher', code, teacherKey });
    return new TeacherLink(room, teacherKey);
  }

  send(command: TeacherCommand): void {
    this.room.send(CLIENT.teacher, { key: this.key, command });
  }

  /** Resolves with the first roster (the latest, or one still to come) that passes `test`. */
  until(test: (r: Roster) => boolean): Promise<Roster> {
    if (this.roster && test(this.roster)) return Promise.resolve(this.roster);
    return new Promise((resolve) => this.waiters.push({ test, resolve }));
  }

  leave(): Promise<unknown> {
    return this.room.leave(true);
  }
}
