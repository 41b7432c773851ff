/**
 * The live class's two ends against a real CouchDB-protocol server (pouchdb-server on loopback,
 * stopped by its PID): a student's sender queues what it cannot send and sends it once, a retry
 * counting as delivered; the teacher's follower reads everything, and after the server was gone
 * says so and comes back by itself.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createLiveSender, studentKeyFor, type KeyValueStore } from '../../src/app/live/student';
import { followLive, type LiveFollower } from '../../src/app/live/teacher';
import { answerDoc, encodeResultCode, liveTarget, quizTag, resultDoc } from '../../src/domain/classroom';
import { startCouchServer, type CouchServer } from '../../scripts/shared/couch-server';
import { rightResponse, SMALL_QUIZ } from '../domain/classroom/helpers';

const quiz = SMALL_QUIZ;
const DB = 'faultlines-class-app-test';
let couch: CouchServer;

beforeAll(async () => {
  couch = await startCouchServer();
  await couch.createDatabase(DB);
}, 90_000);
afterAll(async () => { await couch?.stop(); });

const mapStore = (): KeyValueStore & { map: Map<string, string> } => {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => { map.set(k, v); } };
};

async function until(check: () => boolean, what: string, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

it("queues a student's answers while the server cannot be reached and sends each once when it can", async () => {
  const target = liveTarget(couch.url, DB);
  const store = mapStore();
  let down = true;
  const flaky: typeof fetch = (input, init) => (down ? Promise.reject(new TypeError('Failed to fetch')) : fetch(input, init));
  const key = studentKeyFor(store, target, quizTag(quiz), 'Ana');
  expect(studentKeyFor(store, target, quizTag(quiz), ' ana ')).toBe(key);
  const sender = createLiveSender(target, { store, fetch: flaky, retryMs: 50, maxRetryMs: 200 });
  const responses = quiz.questions.map((q) => rightResponse(q));
  for (const [i, r] of responses.entries()) await sender.send(answerDoc(quiz, key, 'Ana', i, r));
  expect(sender.status()).toMatchObject({ waiting: responses.length, delivered: 0, reachable: false });
  // What waits survives the page: a new sender on the same storage has it.
  expect(createLiveSender(target, { store }).status().waiting).toBe(responses.length);

  down = false;
  await until(() => sender.status().waiting === 0, 'the queue is sent');
  expect(sender.status()).toMatchObject({ delivered: responses.length, refused: 0, reachable: true });
  // Sent again (a device that never heard the answer): already there, so delivered, and still one document.
  await sender.send(answerDoc(quiz, key, 'Ana', 0, responses[0]!));
  await sender.send(resultDoc(quiz, key, 'Ana', encodeResultCode(quiz, 'Ana', responses, key)));
  expect(sender.status()).toMatchObject({ waiting: 0, delivered: responses.length + 2, refused: 0 });
  sender.close();
  const all = await (await fetch(`${couch.url}/${DB}/_all_docs`)).json() as { rows: { id: string }[] };
  expect(all.rows.map((r) => r.id).filter((id) => id.includes(key)).sort()).toEqual([...responses.map((_, i) => `answer:${key}:${i}`), `result:${key}`].sort());
});

it('follows the class database, says when the server is gone, and comes back by itself', async () => {
  const target = liveTarget(couch.url, DB);
  let follower: LiveFollower | undefined;
  try {
    follower = followLive(target, quiz, { pollMs: 2000, retryMs: 100, maxRetryMs: 500 });
    const f = follower;
    await until(() => f.feed().status.state === 'live' && f.feed().entries.length === quiz.questions.length + 1, 'the first read has every document');
    const before = f.feed().entries.length;

    await couch.kill();
    await until(() => f.feed().status.state === 'unreachable', 'the follower says the server is gone');
    await couch.restart();
    await couch.createDatabase(DB);
    const store = mapStore();
    const key = studentKeyFor(store, target, quizTag(quiz), 'Bo');
    const sender = createLiveSender(target, { store });
    await sender.send(answerDoc(quiz, key, 'Bo', 0, rightResponse(quiz.questions[0]!)));
    sender.close();
    await until(() => f.feed().status.state === 'live' && f.feed().entries.some((e) => e.student === key), 'the follower is back with the new answer');
    // What it had read before the server lost it stays counted, once.
    expect(f.feed().entries.length).toBe(before + 1);
    expect(new Set(f.feed().entries.map((e) => e.id)).size).toBe(before + 1);
  } finally {
    follower?.stop();
  }
}, 60_000);
