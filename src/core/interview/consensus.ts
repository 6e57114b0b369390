/**
 * Marking an answer at the roundtable: agreed, disputed (by whom, why) or parked. Typed `!` at
 * a text question, or chosen from an area's review for any answer. The mark is saved at once
 * under `roundtable` in the answers file (see `core/answers/roundtable.ts`).
 */
import { isMap, isSeq, type Document } from 'yaml';

import { MARK_STATUSES, roundtableMarks, type MarkStatus } from '../answers/roundtable.js';
import { listLength, removeItem, setAnswer } from './document.js';
import type { Key } from './paths.js';
import type { Choice } from './prompter.js';
import type { Session } from './session.js';

const CLEAR = 'clear';
const BACK = 'back';
type Picked = MarkStatus | typeof CLEAR | typeof BACK;

/** Where the mark of `id` stands in the `roundtable` list, or -1. */
function markIndex(doc: Document, id: string): number {
  const list = doc.get('roundtable', true);
  if (!isSeq(list)) return -1;
  return list.items.findIndex((item) => isMap(item) && item.get('answer') === id);
}

async function askDetail(session: Session, key: string, label: string, current?: string): Promise<string> {
  const raw = await session.prompter.askText({
    kind: 'line',
    message: session.t(key, { label }),
    current,
  });
  return raw.trim();
}

export async function markAnswer(session: Session, keys: readonly Key[], label: string): Promise<void> {
  const { t } = session;
  const id = keys.join('.');
  const current = roundtableMarks(session.data).get(id);
  const choices: Choice<Picked>[] = [
    ...MARK_STATUSES.map((status) => ({
      value: status as Picked,
      label: t(`interview.mark.${status}`),
    })),
    ...(current ? [{ value: CLEAR as Picked, label: t('interview.mark.clear') }] : []),
    { value: BACK, label: t('interview.list.back') },
  ];
  const picked = await session.prompter.askSelect<Picked>({
    message: t('interview.mark.prompt', { label }),
    help: t('interview.mark.help'),
    choices,
    current: current?.status ?? 'agreed',
  });
  if (picked === BACK) return;
  if (picked === CLEAR) {
    await session.edit((doc) => removeItem(doc, ['roundtable'], markIndex(doc, id)));
    return;
  }
  const by = picked === 'disputed' ? await askDetail(session, 'interview.mark.by', label, current?.by) : '';
  const reason =
    picked === 'agreed'
      ? ''
      : await askDetail(session, `interview.mark.reason.${picked}`, label, current?.reason);
  const mark = { answer: id, status: picked, ...(by ? { by } : {}), ...(reason ? { reason } : {}) };
  await session.edit((doc) => writeMark(doc, mark, session));
  session.prompter.showNotice(
    t(`interview.mark.saved.${picked}`, { label }),
    picked === 'agreed' ? 'success' : 'warning',
  );
}

/** Replaces the answer's mark, or adds it at the end of the list. */
function writeMark(doc: Document, mark: { answer: string }, session: Session): void {
  const index = markIndex(doc, mark.answer);
  const at = index >= 0 ? index : listLength(doc, ['roundtable']);
  setAnswer(doc, ['roundtable', at], mark, session.order);
}
