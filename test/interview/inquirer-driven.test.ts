/**
 * The driver of the real prompter (inquirer-driven.ts) is itself a test: it must fail when the script
 * and the prompt disagree, and answer as inquirer does where inquirer is particular.
 */
import { describe, expect, it } from 'vitest';
import { BackRequest, type InputQuestion } from '../../src/interview/questions/prompts';
import { driven } from './inquirer-driven';
import { BACK, CLEAR } from './scripted';

const SOURCE = { id: 'source', message: 'Where from?', choices: [{ value: 'salary', name: 'Salary' }, { value: 'business', name: 'A business' }], default: 'business' } as const;

describe('the inquirer-driven prompter', () => {
  it('fails on a choice the list does not offer, and on a step for another question', async () => {
    await expect(driven([['source', 'lottery']]).prompter.select(SOURCE)).rejects.toThrow('prompt "source" offers salary | business; the script gave lottery');
    await expect(driven([['income', '1']]).prompter.select(SOURCE)).rejects.toThrow('unexpected prompt "source" (Where from?): the script expected "income"');
  });

  it('moves the cursor from where the list puts it: Enter alone takes the default, arrows reach the others', async () => {
    const script = driven([['source', ''], ['source', 'salary'], ['source', BACK]]);
    await expect(script.prompter.select(SOURCE)).resolves.toBe('business');
    await expect(script.prompter.select(SOURCE)).resolves.toBe('salary');
    await expect(script.prompter.select(SOURCE)).rejects.toBeInstanceOf(BackRequest);
  });

  it('reads a refusal from the screen and types the next answer into the same prompt, over what was left in the line', async () => {
    const amount: InputQuestion = { id: 'amount', message: 'How much?', validate: (raw) => (/^\d+$/.test(raw) ? true : `"${raw}" is not a number`) };
    const script = driven([['amount', '12a'], ['amount', '12']]);
    await expect(script.prompter.input(amount)).resolves.toBe('12');
    expect(script.rejections).toEqual([{ id: 'amount', answer: '12a', reason: '"12a" is not a number' }]);
    expect(script.asked).toHaveLength(2);
  });

  it('tells an answer from a refusal by whether the prompt waits: inquirer may still show an earlier reason once answered', async () => {
    // Enter refuses the default; Backspace clears it (not the reason); Enter then answers '' with the old reason still drawn.
    const optional: InputQuestion = { id: 'note', message: 'A note?', default: 'bad', validate: (raw) => (raw === 'bad' ? 'not that one' : true) };
    const script = driven([['note', ''], ['note', CLEAR]]);
    await expect(script.prompter.input(optional)).resolves.toBe('');
    expect(script.rejections).toEqual([{ id: 'note', answer: 'bad', reason: 'not that one' }]);
  });
});
