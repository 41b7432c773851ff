import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { OrderQuestion } from '../../domain/quiz';
import type { AnswerProps } from './kinds';

type Control = 'step' | 'up' | 'down';

/** Pointer travel (px) before a press on a step becomes a drag rather than a click that selects it. */
const DRAG_START = 6;

/** `list` with the entry at `from` moved to `to`. */
export function moved<T>(list: readonly T[], from: number, to: number): T[] {
  const out = [...list];
  const [item] = out.splice(from, 1);
  out.splice(to, 0, item!);
  return out;
}

/**
 * The steps of a chain, shown shuffled, put in order by dragging one (mouse, pen or touch), or by
 * keyboard: select a step (Enter or Space), move it with the arrow keys or its Up and Down buttons.
 * Every move is said in a live region, so a screen reader hears where the step went.
 */
export function OrderAnswer({ question, chosen, graded, onAnswer }: AnswerProps<OrderQuestion, readonly number[]>) {
  const count = question.steps.length;
  // order[place]: the index in question.steps of the step the learner has put at that place.
  const [order, setOrderState] = useState<number[]>(() => question.steps.map((_, i) => i));
  // The order as last set, for pointer events that come faster than the list re-renders.
  const current = useRef(order);
  const setOrder = (next: number[]) => { current.current = next; setOrderState(next); };
  // The click that may end a drag is its drop, not a selection.
  const dropped = useRef(false);
  const [selected, setSelected] = useState<number | null>(null);
  const [said, setSaid] = useState('');
  const [dragging, setDragging] = useState<number | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const refocus = useRef<{ step: number; control: Control } | null>(null);
  const press = useRef<{ step: number; y: number; pointer: number; dragged: boolean } | null>(null);

  const text = (step: number) => `“${question.steps[step]}”`;
  const placeOf = (step: number) => current.current.indexOf(step) + 1;

  // A moved step's buttons are moved in the page; focus follows the control that moved it.
  useLayoutEffect(() => {
    const target = refocus.current;
    refocus.current = null;
    if (target) list.current?.querySelector<HTMLElement>(`[data-step="${target.step}"][data-control="${target.control}"]`)?.focus();
  });

  const move = (step: number, by: -1 | 1, control: Control) => {
    const from = current.current.indexOf(step);
    const to = from + by;
    setSelected(step);
    if (to < 0 || to >= count) {
      setSaid(`${text(step)} is already ${to < 0 ? 'first' : 'last'}.`);
      return;
    }
    setOrder(moved(current.current, from, to));
    setSaid(`${text(step)} moved to place ${to + 1} of ${count}.`);
    refocus.current = { step, control };
  };

  const toggle = (step: number) => {
    if (selected === step) {
      setSelected(null);
      setSaid(`${text(step)} put down at place ${placeOf(step)} of ${count}.`);
    } else {
      setSelected(step);
      setSaid(`${text(step)} selected, at place ${placeOf(step)} of ${count}. Move it with the arrow keys, or the Up and Down buttons.`);
    }
  };

  const onStepKey = (e: KeyboardEvent, step: number) => {
    if (e.key === 'Escape' && selected !== null) { e.preventDefault(); e.stopPropagation(); setSelected(null); setSaid('Nothing selected.'); return; }
    if (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') return;
    e.preventDefault();
    const by = e.key === 'ArrowUp' ? -1 : 1;
    if (selected === step) { move(step, by, 'step'); return; }
    // Without a step selected, the arrows go from step to step.
    const neighbour = current.current[current.current.indexOf(step) + by];
    if (neighbour !== undefined) list.current?.querySelector<HTMLElement>(`[data-step="${neighbour}"][data-control="step"]`)?.focus();
  };

  // Dragging: the step follows the pointer through the list, taking the place of each step whose
  // middle it passes, so the list always shows where it would land. The list, which never moves,
  // holds the pointer: a row moved in the page would lose it.
  const onPointerDown = (e: PointerEvent) => {
    const row = (e.target as HTMLElement).closest<HTMLElement>('li[data-row]');
    dropped.current = false;
    if (graded || !row || (e.target as HTMLElement).closest('.order-moves') || (e.pointerType === 'mouse' && e.button !== 0)) return;
    press.current = { step: Number(row.dataset.row), y: e.clientY, pointer: e.pointerId, dragged: false };
  };
  const onPointerMove = (e: PointerEvent) => {
    const p = press.current;
    if (!p || p.pointer !== e.pointerId) return;
    if (!p.dragged) {
      if (Math.abs(e.clientY - p.y) < DRAG_START) return;
      p.dragged = true;
      setDragging(p.step);
      list.current?.setPointerCapture?.(e.pointerId);
    }
    const rows = [...(list.current?.querySelectorAll<HTMLElement>('li[data-row]') ?? [])];
    const to = rows.filter((r) => {
      if (Number(r.dataset.row) === p.step) return false;
      const box = r.getBoundingClientRect();
      return box.top + box.height / 2 < e.clientY;
    }).length;
    const from = current.current.indexOf(p.step);
    if (from !== to) setOrder(moved(current.current, from, to));
  };
  const onPointerUp = (e: PointerEvent) => {
    const p = press.current;
    if (!p || p.pointer !== e.pointerId) return;
    press.current = null;
    if (!p.dragged) return;
    dropped.current = true;
    setDragging(null);
    setSelected(null);
    setSaid(`${text(p.step)} moved to place ${current.current.indexOf(p.step) + 1} of ${count}.`);
  };
  const onPointerCancel = () => {
    if (press.current?.dragged) setDragging(null);
    press.current = null;
  };

  // Marked as graded: a question left when time ran out has no order to mark, only the right one (in the feedback).
  const marked = graded !== undefined && chosen !== undefined;
  const inPlace = graded ? graded.parts.filter(Boolean).length : 0;
  return (
    <form class="order" onSubmit={(e) => { e.preventDefault(); if (!graded) onAnswer(order); }}>
      <p class="muted" id={`order-help-${question.id}`}>
        {marked ? 'Your order:' : graded ? 'Not answered.' : 'Drag the steps into order, first at the top. Or select a step and move it with the arrow keys or its Up and Down buttons.'}
      </p>
      <ol
        class="order-list" ref={list} aria-describedby={`order-help-${question.id}`}
        onPointerDown={onPointerDown} onPointerMove={onPointerMove} onPointerUp={onPointerUp} onPointerCancel={onPointerCancel}
      >
        {(marked ? chosen : order).map((step, place) => {
          const right = marked ? graded.parts[place] === true : undefined;
          const isSelected = selected === step && !graded;
          return (
            <li
              key={step} data-row={step}
              class={`order-row${isSelected ? ' selected' : ''}${dragging === step ? ' dragging' : ''}${right === true ? ' right' : right === false ? ' wrong' : ''}`}
            >
              <span class="order-place" aria-hidden="true">{place + 1}</span>
              <button
                type="button" class="order-step" data-step={step} data-control="step" disabled={!!graded}
                aria-pressed={isSelected} aria-label={`${question.steps[step]}, place ${place + 1} of ${count}`}
                onClick={(e) => {
                  // A pointer's click after a drop is the drop's; a keyboard's click (detail 0) always selects.
                  if (e.detail > 0 && dropped.current) { dropped.current = false; return; }
                  toggle(step);
                }}
                onKeyDown={(e) => onStepKey(e, step)}
              >
                {graded ? null : <span class="order-grip" aria-hidden="true">⠿</span>}
                <span>{question.steps[step]}</span>
              </button>
              {marked ? (
                <span class={right ? 'mark right' : 'mark wrong'}>
                  {right ? '✓ in its place' : `✗ belongs at place ${question.answer.indexOf(step) + 1}`}
                </span>
              ) : graded ? null : (
                <span class="order-moves">
                  <button type="button" class="button subtle" data-step={step} data-control="up" aria-label={`Move ${text(step)} up`} aria-disabled={place === 0} onClick={() => move(step, -1, 'up')}>↑ Up</button>
                  <button type="button" class="button subtle" data-step={step} data-control="down" aria-label={`Move ${text(step)} down`} aria-disabled={place === count - 1} onClick={() => move(step, 1, 'down')}>↓ Down</button>
                </span>
              )}
            </li>
          );
        })}
      </ol>
      <p class="visually-hidden" aria-live="polite" data-testid="order-status">{said}</p>
      {marked ? (
        <p class="order-tally" data-testid="order-tally">{inPlace} of {count} steps in their place.</p>
      ) : graded ? null : (
        <button type="submit" class="button primary">Check my order</button>
      )}
    </form>
  );
}
