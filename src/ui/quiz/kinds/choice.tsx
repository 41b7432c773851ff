import { rightAnswerText, type ChoiceQuestion } from '../../../domain/quiz';
import { ChoiceAnswer } from '../ChoiceAnswer';
import { OPTION_LETTERS, optionForKey } from '../option-letters';
import type { KindView } from './view';

function Options({ question }: { question: ChoiceQuestion }) {
  return <ol class="handout-options">{question.options.map((o, i) => <li key={o}><strong>{OPTION_LETTERS[i]}</strong> {o}</li>)}</ol>;
}

/** `choice` and `cloze` differ only in their label: a cloze is a choice whose prompt has a blank. */
export const choiceView = (label: string): KindView<ChoiceQuestion, number> => ({
  label,
  answerInPlace: false,
  Answer: ChoiceAnswer,
  keyResponse: (q, key) => optionForKey(key, q.options.length),
  projector: { choices: (q) => ({ texts: q.options, right: q.answerIndex, responses: q.options.map((_, i) => i) }), Figure: null },
  handout: { Answers: Options, key: (q) => `${OPTION_LETTERS[q.answerIndex]}: ${rightAnswerText(q)}` },
});
