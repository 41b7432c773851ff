import { rightAnswerText, type TrueFalseQuestion } from '../../../domain/quiz';
import { TrueFalseAnswer } from '../TrueFalseAnswer';
import type { KindView } from './view';

const keyResponse = (key: string) => (key === '1' || key === 't' ? true : key === '2' || key === 'f' ? false : undefined);

export const trueFalseView: KindView<TrueFalseQuestion, boolean> = {
  label: 'True or false?',
  answerInPlace: false,
  Answer: TrueFalseAnswer,
  keyResponse: (_, key) => keyResponse(key),
  projector: { choices: (q) => ({ texts: ['True', 'False'], right: q.answer ? 0 : 1, responses: [true, false] }), Figure: null },
  handout: { Answers: () => <p>True / False</p>, key: rightAnswerText },
};
